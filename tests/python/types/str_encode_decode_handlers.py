# Codecs and error handlers: strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape.
s = "añ€𝄞\udc80"
for handler in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    print(handler, s.encode("ascii", handler), s[:4].encode("latin-1", handler))
print(s.encode("utf-8", "surrogateescape"), s.encode("utf-8", "surrogatepass"))
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
b = b"a\xf1\xe2\x82\xac\xff\xfe"
for handler in ("ignore", "replace", "backslashreplace", "surrogateescape"):
    print(handler, ascii(b.decode("utf-8", handler)))
print(b.decode("latin-1"), ascii(b.decode("cp1252", "replace")))
try:
    b.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b.decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "\udc80".encode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
print("é".encode("utf-16-le"), "é".encode("utf-32-be"), "é".encode("UTF8"), "é".encode("utf_8"), "x".encode())
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xc3\xa9".decode(), b"abc".decode("ascii"), str(b"\xc3\xa9", "utf-8"))
print(str(b"abc"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"hi"), "ascii"))
