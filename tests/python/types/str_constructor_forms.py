# str() with objects, __str__ results, bytes with encodings, and keyword forms.
class S:
    def __str__(self):
        return "from __str__"
class R:
    def __repr__(self):
        return "from __repr__"
class Bad:
    def __str__(self):
        return 42
class Sub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return Sub("sub")
print(str(S()), str(R()), str(), str(object="kw"), str(1.0), str([R()]), str((R(),)))
r = str(ReturnsSub())
print(r, type(r).__name__)
for args, kwargs in (((Bad(),), {}), (("abc", "utf-8"), {}), ((b"abc", "nope"), {}), ((5, "ascii"), {}),
                     ((b"\xff",), {"encoding": "ascii"}), ((), {"encoding": "utf-8"}), ((), {"bogus": 1})):
    try:
        print(repr(str(*args, **kwargs)))
    except (TypeError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(str(b"\xff", errors="replace"), str(b"ok", encoding="ascii"), repr(str(b"bytes")), str(bytearray(b"x"), "latin-1"))
print(type(str(Sub("x"))).__name__, str(Sub("y")) == "y", type(Sub("z") + "w").__name__, type(Sub("q")[0]).__name__)
print(str(memoryview(b"mv"), "ascii"), str(None), str(NotImplemented), str(...), str(type), str(int.__add__)[:24])
