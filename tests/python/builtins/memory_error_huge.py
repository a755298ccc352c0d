# Allocations no machine can satisfy raise MemoryError (or OverflowError where CPython
# checks the size first) at once, without filling memory or aborting the interpreter.
import itertools

cases = [
    "[0] * 2**50", "[0] * 2**62", "[1, 2] * 2**61", "[0] * 2**70", "(0,) * 2**50", "(1, 2) * 2**62",
    "'a' * 2**50", "'ab' * 2**62", "' ' * (2**63 - 1)", "'\\u20ac' * 2**49",
    "b'x' * 2**50", "b'x' * 2**62", "b'ab' * 2**62", "b'a' * (2**63 - 1)",
    "bytearray(b'ab') * 2**62", "bytearray(2**50)", "bytearray(2**62)",
    "bytes(2**50)", "bytes(2**63 - 1)", "bytes(2**63)", "bytearray(-1)",
    # (bytearray(b'a') * 2**50 and bytearray(b'x').center(2**50) are left out: CPython 3.11
    # then prints a SystemError about exported buffers on stderr)
    "list(range(2**50))", "list(range(2**62))", "list(range(2**70))", "tuple(range(2**50))", "[*range(2**50)]",
    "sorted(range(2**50))", "bytes(range(2**50))", "bytes(range(2**70))",
    "'x'.ljust(2**50)", "'x'.rjust(2**50, '*')", "'x'.center(2**62)", "'x'.zfill(2**50)", "'x'.center(2**63)",
    "b'x'.ljust(2**50)", "b'x'.ljust(2**63 - 1)", "b'x'.zfill(2**50)",
    "'%*d' % (2**50, 1)", "'%*d' % (2**63, 1)", "'%.*d' % (2**40, 1)", "'%99999999999999999999d' % 1",
    "b'%*s' % (2**50, b'a')", "'{:1125899906842624}'.format(1)", "format('a', '1125899906842624')",
    "format(1.5, '1125899906842624')", "format(1j, '1125899906842624')", "'{:99999999999999999999}'.format(1)",
    "1 << 2**50", "1 << 10**20",
]
for source in cases:
    try:
        value = eval(source)
    except (MemoryError, OverflowError, ValueError) as e:
        print(f"{source:36} {type(e).__name__} {e!r}")
    else:
        print(f"{source:36} no error: {len(value)}")


def grow():
    x = [0]
    x *= 2**50


for f in (grow,):
    try:
        f()
    except MemoryError as e:
        print(f.__name__, "MemoryError", e.args)
# The interpreter is still fine afterwards.
print(sum(itertools.repeat(1, 1000)), len("a" * 1000), [0] * 3)
