# split/rsplit with maxsplit, None separators and Unicode whitespace; splitting errors.
s = "  a  b\tc\n d \x0b e\x1c f\u3000g  "
print(s.split(), s.split(None, 2), s.rsplit(None, 2), s.split(maxsplit=0), s.rsplit(maxsplit=0))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1), ",".split(","), "".split(","), "".split())
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("x".split("x", -1), "a b c".split(" ", -5), "a b c".rsplit(" ", 100))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rsplit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", "1")
except TypeError as e:
    print(type(e).__name__, e)
print("a b".split(sep=None, maxsplit=1), "1\u20052\u2003 3".split(), "x\x85y".split())
print(",".join(["a", "b"]), "".join([]), "-".join("xyz"), ", ".join(map(str, range(3))))
for bad in (["a", 1], [b"a"], None):
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
