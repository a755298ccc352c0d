# bytes methods that mirror str's, with bytes arguments and int membership.
b = b"Hello, World! hello"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.count(b"l"), b.count(108))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"World"), b.startswith((b"He", b"x")), b.endswith(b"lo"))
print(b.split(), b.split(b", "), b.rsplit(None, 1), b.partition(b" "), b.rpartition(b"!"))
print(b.replace(b"l", b"L", 2), b.strip(b"Hol"), b"  x  ".strip(), b"xxaxx".lstrip(b"x"), b"\tz\n".rstrip())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"ab1".isalnum(), b"12".isdigit(), b" ".isspace(), b"Ab".istitle(), b"AB".isupper(), b"\x80".isascii())
print(b"a,b".split(b","), b",".join([b"x", bytearray(b"y"), memoryview(b"z")]), b"x\ny\r\nz".splitlines(True))
print(66 in b"ABC", b"BC" in b"ABC", b"" in b"", 300 in b"A" if False else "skip")
for bad in (lambda: 300 in b"A", lambda: "A" in b"A", lambda: b.find("o"), lambda: b",".join(["a"]), lambda: b + "x"):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"aabbcc".translate(None, b"b"), b"abc".translate(t, b"c"))
print(b"%s=%d" % (b"k", 5), b"abc" * 2, b"ab" + bytearray(b"cd"), b"abc"[1], b"abc"[::-1], b"abc"[5:])
