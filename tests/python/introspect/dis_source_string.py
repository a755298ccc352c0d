# dis.dis of source strings: an expression compiles in eval mode, statements in exec.
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

dis.dis("a + b * c", file=OUT)
print()
dis.dis("x = [i for i in y]\nprint(x)", file=OUT)
print()
dis.dis(compile("z = 1", "<s>", "exec"), file=OUT)
