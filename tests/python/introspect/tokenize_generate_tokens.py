# tokenize.generate_tokens over str lines (no ENCODING token).
import tokenize

source = "x = {'a': [1, 2.5, 3j]}\nif x:\n\tpass\n"
lines = iter(source.splitlines(True))
for tok in tokenize.generate_tokens(lambda: next(lines, '')):
    print(tok.type, tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
