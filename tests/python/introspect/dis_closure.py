# Cells, free variables and nested code objects (Disassembly of <code object ...>).
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

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

dis.dis(counter, file=OUT)
print('---')
dis.dis(counter(), file=OUT)
