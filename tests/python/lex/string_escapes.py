# Every kind of escape sequence in a str literal.
escapes = [
    "newline \n", "tab \t", "backslash \\", "single \'", "double \"",
    "bell \a", "backspace \b", "formfeed \f", "vtab \v", "return \r",
    "hex \x41\x62", "octal \101\0\7\777", "null \0",
    "bmp \u00e9\u4e2d", "astral \U0001F600\U00010348",
    "named \N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{SNOWMAN}",
    'mixed \'\"\\\t',
]
for s in escapes:
    print(len(s), ascii(s))
print("caf\u00e9" == "café", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "\xe9")
print("\x41\x42\x43", "\101\102\103", "\u0041\U00000042")
print(b"\x41\101\n" == b"AA\n", len(b"\x00\xff"))
