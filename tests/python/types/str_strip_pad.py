s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip(""), "www.example.com".lstrip("cmowz."))
print("hello".center(11, "*"), "hello".center(4), "hi".center(5), "hi".center(6, "-"))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "0")), "ab".ljust(1))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "a".removeprefix("b"))
print(repr("\u3000 wide space\u3000".strip()), repr("\x85x\xa0".strip()))
print("tab\tbed".expandtabs(), "tab\tbed".expandtabs(4), "a\tb\tc".expandtabs(2), "x\ty".expandtabs(0))
print(repr("12\t3\n1\t2".expandtabs(3)), repr("\t".expandtabs(-1)))
print("--x--".strip("-"), "--x--".lstrip("-"), "--x--".rstrip("-"))
print(repr("".strip()), repr("   ".strip()), "abcba".strip("ab"))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
