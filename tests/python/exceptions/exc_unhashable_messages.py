# unhashable types: built-in mutables, classes defining __eq__ only, and __hash__ = None.
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)
for value in ([], {}, set(), bytearray(), [1, (2,)], ((1, []),)):
    attempt(type(value).__name__, lambda: hash(value))
    attempt("dict key " + type(value).__name__, lambda: {value: 1})
    attempt("set item " + type(value).__name__, lambda: {value})
class EqOnly:
    def __eq__(self, other):
        return True
class NoHash:
    __hash__ = None
class EqAndHash:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
class Child(EqOnly):
    pass
attempt("EqOnly", lambda: hash(EqOnly()))
attempt("NoHash", lambda: hash(NoHash()))
attempt("EqAndHash", lambda: hash(EqAndHash()))
attempt("Child", lambda: hash(Child()))
attempt("in dict", lambda: EqOnly() in {})
attempt("dict.get", lambda: {}.get([]))
attempt("frozenset of list", lambda: frozenset([[1]]))
attempt("set.discard list", lambda: set().discard([]))
attempt("EqOnly.__hash__", lambda: EqOnly.__hash__)
class BadHash:
    def __hash__(self):
        return "x"
attempt("BadHash", lambda: hash(BadHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
attempt("BigHash", lambda: hash(BigHash()) == hash(2 ** 100))
