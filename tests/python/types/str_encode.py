s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print("€".encode("utf-16-le"), "€".encode("utf-16-be"), "a".encode("utf-32-le"))
print(len("𝄞".encode()), "𝄞".encode("utf-16-le"), "A".encode("utf-16") in (b"\xff\xfeA\x00", b"\xfe\xff\x00A"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "\udcff".encode("utf-8", "surrogateescape"))
print(s.encode("UTF8") == s.encode("utf_8"), "ü".encode("cp1252"), "ü".encode("iso-8859-1"))
