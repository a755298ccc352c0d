# tokenize.tokenize over bytes lines from a readline function.
import tokenize

source = b"def f(x):\n    return x + 1  # add\n\nprint(f(2))\n"
readline = iter(source.splitlines(True)).__next__
for tok in tokenize.tokenize(readline):
    print(tok)
