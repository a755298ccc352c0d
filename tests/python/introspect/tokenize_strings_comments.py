# String prefixes, triple-quoted strings, f-strings, comments and continuation lines.
import tokenize

source = b'''s = rb"raw" + f"{x}" + """multi
line""" + 'a\\'b'  # comment
t = 1 + \\
    2
# only a comment
'''
for tok in tokenize.tokenize(iter(source.splitlines(True)).__next__):
    print(tok)
