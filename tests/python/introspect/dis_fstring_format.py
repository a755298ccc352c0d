# FORMAT_VALUE, BUILD_STRING and MAKE_FUNCTION argument descriptions.
import dis
import sys


class Masked:
    """Writes to stdout with code object addresses masked (they differ on every run)."""
    def write(self, text):
        out, i = [], 0
        while True:
            j = text.find(' at 0x', i)
            if j < 0:
                out.append(text[i:])
                break
            k = j + 6
            while k < len(text) and text[k] in '0123456789abcdef':
                k += 1
            out.append(text[i:j] + ' at 0x...')
            i = k
        sys.stdout.write(''.join(out))


OUT = Masked()

def fmt(name, width):
    return f"{name!r:>{width}} {name!s} {name!a} {width:03d} {name}"

def maker(a, b=1, *, c=2):
    def inner(x: int) -> int:
        return a
    return inner

dis.dis(fmt, file=OUT)
dis.dis(maker, file=OUT)
