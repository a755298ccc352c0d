# Module-level code compiled with compile(): names, imports, class and function definitions.
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

source = '''
import math
from os import path as p
GLOBAL = 10
def f(x):
    global GLOBAL
    GLOBAL += x
class C(object):
    attr = f
del GLOBAL
'''
dis.dis(compile(source, "<module>", "exec"), file=OUT)
