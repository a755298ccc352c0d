def sample(a, b=2, *args, c, d=4, **kw):
    local_one = a + b
    def inner():
        return local_one
    return inner

co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0)
print(co.co_firstlineno, co.co_filename)
inner = sample(1, c=3)
print(inner.__code__.co_freevars, inner.__code__.co_name, inner.__code__.co_qualname)
print(sample.__defaults__, sample.__kwdefaults__)

def gen():
    yield
print(bool(gen.__code__.co_flags & 0x20))
print(type(co).__name__, co.co_nlocals)
print(len(co.co_code) % 2 == 0)
print(list(co.co_lines())[0][2] == co.co_firstlineno)
print([n for n in co.co_names])
