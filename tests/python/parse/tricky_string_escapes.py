# String escapes: simple escapes, octal, hex, 16- and 32-bit unicode, named characters,
# escaped newlines inside literals, raw strings keeping backslashes, and invalid
# escapes left as they are (with a DeprecationWarning that is not shown).
print(repr("\a\b\f\n\r\t\v\\\'\""))
print("\101\102\103", "\x41\x42", "\u00e9\u4e2d", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\N{SNOWMAN}"), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "\0" == chr(0))
print("line one \
continues here")
print("""triple \
quoted joined""")
print(r"raw \n \t \\ \x41", R"\N{SNOWMAN}", len(r"\\"))
print(repr("\d"), "\7" == "\x07", "\777" == chr(511) if False else "\177" == chr(127))
print('it\'s', "say \"hi\"", '\\', "\\\\")
print("\u0041\u0301", ascii("ñ"), repr("\x00\x1f\x7f\x80"))
print(b"\x41\102\n".hex(), "tab\tand\\tab")
