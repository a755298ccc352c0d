samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\rcr", "back\\slash",
           "\x00\x07\x1b\x7f", "é ñ 日本", "\u200b\u2028\ufeff", "\U0001f600", "\ud800", "\x85\xa0\xad",
           "\U000e0001", "\u0378", ""]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("'"), repr('"'), repr("'\""), repr("\\"))
print(str("x\ny"), repr("x\ny"))
print(f"{'q'!r}", "%r" % "r", "{!r}".format("f"))
print(repr("\u00ff\u0100"), ascii("\u00ff\u0100"))
print(repr("a'b\"c"), repr('\''), repr("\\n"), repr("\x7f\x80\x9f\xa0"))
print(ascii("ünïcode ☃"), ascii(["é", 1]), ascii({"ü": "ö"}))
print(repr("\t"), "\t" == chr(9), repr(chr(0)), repr(chr(127)), repr(chr(128)))
print(repr("\U0001F600 \u2603"), repr("\u0300"), repr("a\u0300"))
print(repr("\ue000"), repr("\uffff"), repr("\U0010ffff"))
print(str(["x\n", "y"]), str(("é",)), str({"k": "\t"}))
