import textwrap
text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. '
        'How vexingly quick daft zebras jump!')
for width in (10, 25, 40):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('one', 1))
print(textwrap.wrap('a' * 25, 10), textwrap.wrap('a' * 25, 10, break_long_words=False))
print(textwrap.wrap('tab\tseparated\ttext', 12), textwrap.wrap('line\nbreaks\nhere', 20))
