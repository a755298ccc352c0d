cases = [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(),
         KeyError("a", "b"), IndexError(3), OSError(2, "No such file"), StopIteration(5), SystemExit(3),
         UnicodeError("u"), AssertionError(None)]
for e in cases:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(repr(e), str(e))
print(str(KeyError("it's")), repr(KeyError("it's")), str(KeyError(1)))
print(BaseException.__name__, Exception.__base__.__name__, ValueError.__mro__[1].__name__)
class Custom(Exception):
    pass
print(repr(Custom("c", 1)), str(Custom()), Custom.__module__)
print(repr(ValueError("quote's")), repr(OSError()), str(OSError(5)), repr(SystemExit()))
print(str(ValueError(1, 2)), repr(Exception(None)), str(Exception(None)))
