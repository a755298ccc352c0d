# TokenInfo.exact_type and the TokenInfo tuple interface.
import tokenize
import token

source = "a += b ** 2 -> c != d ... @ e := f //= g\n"
lines = iter([source])
toks = list(tokenize.generate_tokens(lambda: next(lines, '')))
for t in toks:
    print(token.tok_name[t.exact_type], repr(t.string))
t = toks[1]
print(t.type == token.OP, t.exact_type == token.PLUSEQUAL, t[1], t._fields)
print(t._replace(string='-=').string, type(t).__name__)
print(tokenize.TokenInfo(1, 'x', (1, 0), (1, 1), 'x\n'))
