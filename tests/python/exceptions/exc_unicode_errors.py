try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
try:
    b"\xc3(".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeDecodeError("utf-8", b"abc", 1, 2, "made up")
print(str(e), e.args)
e = UnicodeEncodeError("ascii", "xyz", 0, 3, "bad range")
print(str(e))
e = UnicodeTranslateError("abc", 1, 2, "no mapping")
print(str(e), e.object, e.start)
print(issubclass(UnicodeEncodeError, UnicodeError), UnicodeError.__base__.__name__)
try:
    UnicodeDecodeError("utf-8")
except TypeError as err:
    print(type(err).__name__, err)
