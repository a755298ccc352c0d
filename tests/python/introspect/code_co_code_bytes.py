# co_code: bytes of (opcode, argument) pairs with zeroed inline caches.
import opcode

def f(a):
    return a.b + len(a)

code = f.__code__.co_code
print(type(code).__name__, len(code) % 2)
print(opcode.opname[code[0]], code[1])
names = []
i = 0
while i < len(code):
    op = code[i]
    names.append(opcode.opname[op])
    i += 2 + 2 * opcode._inline_cache_entries[op]
print(names)
print(f.__code__._co_code_adaptive == code)
print(f.__code__._varname_from_oparg(0))
