# Constructing Unicode errors by hand: fields, str() for one and several bad positions, type checks.
d = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(d.encoding, d.object, d.start, d.end, d.reason, str(d))
d.end = 4
print(str(d))
d.start = 0
d.end = 1
print(str(d))
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(e.encoding, e.object, e.start, e.end, str(e))
e.end = 3
print(str(e))
e2 = UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "nope")
print(str(e2))
t = UnicodeTranslateError("ab\u20acd", 2, 3, "no mapping")
print(t.object, t.start, t.end, t.reason, t.encoding, str(t))
for args in (("utf-8", "str-not-bytes", 0, 1, "r"), ("utf-8", b"x", "0", 1, "r"), ("utf-8",)):
    try:
        UnicodeDecodeError(*args)
    except TypeError as err:
        print(type(err).__name__, err)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.start, err.end, err.reason, err.object)
try:
    b"\xed\xa0\x80".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.start, err.end, err.reason)
