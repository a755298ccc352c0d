# ascii() escapes non-ASCII characters with \x, \u and \U in reprs of any object.
for v in ("plain", "café", "日本", "😀", "\u00ff\u0100", "\x7f\x80", "tab\t", b"bytes\xff", ["é", ("ü",)], {"ß": "ẞ"}):
    print(ascii(v), len(ascii(v)))
class U:
    def __repr__(self):
        return "Ünïcode repr"
print(ascii(U()), repr(U()), ascii([U()]), "%a" % U(), f"{U()!a}")
print(ascii(1.5), ascii(None), ascii(1 + 2j), ascii(range(3)), ascii("\U0010ffff"), ascii("\ud800"))
