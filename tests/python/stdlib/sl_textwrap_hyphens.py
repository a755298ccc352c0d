import textwrap
text = 'A well-known self-explanatory long-winded--and very-very-long hyphenated-word text, e.g. x-ray.'
for width in (8, 12, 20):
    print(textwrap.wrap(text, width))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap('Hello there. How are you? I am fine.', 15, fix_sentence_endings=True))
print(textwrap.wrap('spam  eggs   ham', 8, drop_whitespace=False))
print(textwrap.wrap('1-2-3-4-5-6-7-8-9', 5))
