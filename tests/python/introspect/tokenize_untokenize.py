# tokenize.untokenize in full and compatibility modes.
import tokenize

source = b"if a:\n    b = [1,\n         2]\n    c()\nd = 'x'   # note\n"
toks = list(tokenize.tokenize(iter(source.splitlines(True)).__next__))
out = tokenize.untokenize(toks)
print(type(out).__name__, out == source)
print(out.decode())
pairs = [(t.type, t.string) for t in toks]
print(repr(tokenize.untokenize(pairs)))
str_toks = list(tokenize.generate_tokens(iter(["x=1\n", "y = 'a' 'b'\n"]).__next__))
print(repr(tokenize.untokenize(str_toks)))
print(repr(tokenize.untokenize((t.type, t.string) for t in str_toks)))
