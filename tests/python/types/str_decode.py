data = "naïve café ☕".encode()
print(data, data.decode(), data.decode("utf-8"), len(data))
print(b"\xff\xfe".decode("latin-1"), b"abc".decode("ascii"))
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    print(errors, repr(b"ok\xff\xfeok".decode("utf-8", errors)))
try:
    b"bad \xff byte".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xed\xa0\x80".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xc3\xa9".decode("latin-1"), b"\x80".decode("cp1252"), b"\xe9".decode("cp1252"))
print(str(b"abc", "ascii"), str(b"x\xffy", "utf-8", "replace"))
print(bytearray(b"hi").decode(), b"\xef\xbb\xbfbom".decode("utf-8-sig"), b"bom".decode("utf-8-sig"))
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"h\x00".decode("utf-16-le"))
