# expandtabs with columns that reset at newlines; zfill with signs; center/ljust/rjust odd widths.
for s in ("a\tb\tc", "\t", "abcdefgh\ti", "12\t345\n6\t7", "x\r\ty", ""):
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr("a\tb".expandtabs(tabsize=3)))
for s in ("42", "-42", "+42", "", "-", "abc", "3.14", "--1", "٤٢"):
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-1)))
for w in (0, 5, 6, 7, 8):
    print(repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "é")))
for bad in ("", "ab"):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".zfill(None)
except TypeError as e:
    print(type(e).__name__, e)
