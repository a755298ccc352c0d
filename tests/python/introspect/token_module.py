# The token module: numbers, names and helpers.
import token

print(token.ENDMARKER, token.NAME, token.OP, token.COMMENT, token.NL, token.ENCODING, token.ERRORTOKEN)
print(token.N_TOKENS, token.NT_OFFSET)
print(sorted(token.tok_name.items())[:10])
print(token.tok_name[token.N_TOKENS], token.tok_name[256])
print(token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0), token.ISEOF(1))
print(sorted(token.EXACT_TOKEN_TYPES.items()))
print(token.__all__)
