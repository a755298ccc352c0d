for key in ("k", 1, (1, 2), "", None, "multi\nline", 3.5, frozenset()):
    e = KeyError(key)
    print(repr(str(e)), repr(e))
d = {}
try:
    d[("a", 1)]
except KeyError as e:
    print(str(e), e.args)
try:
    {}.pop("missing")
except KeyError as e:
    print(str(e))
try:
    set().remove("gone")
except KeyError as e:
    print(str(e))
print(str(KeyError()), str(KeyError("a", "b")), str(KeyError(KeyError("nested"))))
