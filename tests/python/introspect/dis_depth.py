# dis.dis depth= limits the recursion into nested code objects.
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

src = """
def outer():
    def inner():
        return lambda: 1
    return inner
"""
dis.dis(src, depth=0, file=OUT)
print('=====')
dis.dis(src, depth=1, file=OUT)
print('=====')
dis.dis(src, file=OUT)
