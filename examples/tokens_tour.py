# Tokens: the first stage of running Python. The tokenizer cuts the source
# text into tokens: names, numbers, strings, operators, and the NEWLINE /
# INDENT / DEDENT tokens that encode the program's layout.
import io
import tokenize

source = '''def area(r):
    return 3.14 * r ** 2  # circle
print(area(2))
'''

for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    kind = tokenize.tok_name[tok.type]
    (row, col), text = tok.start, tok.string
    print(f"{row}:{col:<3} {kind:<10} {text!r}")

# Notice: the indentation became one INDENT token, the comment is a COMMENT,
# `**` is one operator, and the end of the block produced a DEDENT.
