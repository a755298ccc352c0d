b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"copy"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", list(b"hi"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"x" + "y"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x7f\x80"), repr(b"\\"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\x01\x02\x03".hex(":"), b"abcdef".hex("-", 2))
print(hash(b"abc") == hash(b"abc"), str(b"x"), b"%d-%s" % (5, b"z"))
