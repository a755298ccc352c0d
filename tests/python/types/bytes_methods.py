b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello".capitalize())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1))
print(b"-".join([b"a", b"b"]), b"".join([bytearray(b"x"), b"y", memoryview(b"z")]))
print(b.find(b"World"), b.count(b"l"), b.index(b"H"), b.rfind(b"l"), b.find(111))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"x".isascii(), bytes([200]).isascii())
print(b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"42".zfill(5))
print(b"a.b.c".partition(b"."), b"a.b.c".rpartition(b"."), b"pre_x".removeprefix(b"pre_"))
print(b"a\tb".expandtabs(4), b"line1\nline2\r\n".splitlines(), b"line\n".splitlines(True))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"x".join(["y"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"Abc".decode(), b"%s %r" % (b"bytes", "repr"), b"%x %c" % (255, 65))
