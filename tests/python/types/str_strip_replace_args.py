# strip/lstrip/rstrip with character sets; replace with counts and empty patterns.
s = "xxhello worldyy"
print(s.strip("xy"), s.lstrip("x"), s.rstrip("y"), s.strip("xyd"), s.strip(""), s.strip(None), "  a  ".strip(None))
print("\u3000\u2003a\x85\x1f".strip(), repr("\x00a\x00".strip()), repr("abc".strip("abc")), "abcba".strip("ab"))
for bad in (1, b"x", ["x"]):
    try:
        s.strip(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 10))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "x"), "abc".replace("abc", ""))
print("aaaa".replace("aa", "b"), "ababab".replace("aba", "X"), "日本日本".replace("日", "月", 1), "x".replace("x", "xx"))
for args in ((1, "a"), ("a", 1), ("a", "b", "1"), ("a",)):
    try:
        "abc".replace(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print("mississippi".replace("ss", "SS").replace("i", "I", 2), "a.b.c".replace(".", "", 1))
