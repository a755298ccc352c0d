# Format-spec options that strings reject, with CPython's messages.
for spec in ("+", "-10", " ", "=10", "010", "d", "f", ",", "_", "#", "z", "x", ".2f", "10.2.3", "<<<", "10000000000000000000000", ".10000000000000000000000"):
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(repr(format("abc", ".1")), repr(format("abc", "5.2")), repr(format("abc", "^7")), repr(format("", "*>3")), repr(format("abc", "s")))
print(repr(format("日本語", "^7")), repr(format("日本語", ".2")), repr(format("e\u0301", ">4")))
