# INDENT / DEDENT / NL / NEWLINE tokens of nested blocks and blank lines.
import tokenize

source = b"class A:\n\n    def f(self):\n        if 1:\n            pass\n        # c\n    x = 1\ny = (\n  2)\n"
for tok in tokenize.tokenize(iter(source.splitlines(True)).__next__):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end, repr(tok.line))
