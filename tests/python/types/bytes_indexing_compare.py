# bytes indexing gives ints, slicing gives bytes; comparisons with bytes, bytearray, memoryview and str.
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__, type(b[:1]).__name__)
for f in (lambda: b[5], lambda: b[-6], lambda: b["x"], lambda: b.__setitem__(0, 1)):
    try:
        f()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x7f", b"abc" == bytearray(b"abc"), b"abc" == memoryview(b"abc"))
print(b"a" == "a", b"a" != "a", bytearray(b"x") == "x")
try:
    b"a" < "b"
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(list(b"ab"), [x for x in bytearray(b"\x00\xff")], 104 in b, b"ell" in b, bytearray(b"ab") in b"xaby")
