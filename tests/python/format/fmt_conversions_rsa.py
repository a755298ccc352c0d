# !r, !s and !a conversions in str.format and f-strings, combined with format specs.
class Both:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
    def __format__(self, spec):
        return f"F[{spec}]"
b = Both()
print("{0} {0!s} {0!r} {0!a} {0:xy} {0!s:>3} {0!r:<3}|".format(b))
print(f"{b} {b!s} {b!r} {b!a} {b:spec} {b!s:*^5} {b!r:>4}")
s = "naïve ☃\n'"
print("{0!r} {0!a} {0!s:.4}".format(s))
print(f"{s!r} {s!a} {s!r:.6} {s!a:>30}")
print(f"{3.5!r:>6} {[1, 'a']!s} {None!r} {b'x'!a} {(1,)!r:^8}|")
print("{!a}".format("€uro"), ascii("€uro"), repr("€uro"), "{!r}".format(ascii("é")))
class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(f"{OnlyRepr()}", f"{OnlyRepr()!s:>14}", "{}".format(OnlyRepr()))
try:
    f"{OnlyRepr():x}"
except TypeError as e:
    print(type(e).__name__, e)
