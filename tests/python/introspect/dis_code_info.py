# dis.code_info / dis.show_code.
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

def sample(a, b=2, *args, key, **kw):
    """Doc."""
    x = a + b
    def inner():
        return x
    return inner, len(args), kw, key

OUT.write(dis.code_info(sample) + '\n')
print('---')
dis.show_code(sample, file=OUT)
print('---')
print(dis.code_info("x = 1"))
print('---')
print(dis.code_info(sample.__code__.co_consts[1]))
