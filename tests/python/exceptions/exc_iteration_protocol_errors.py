# TypeErrors of the iteration protocol: non-iterables, bad __iter__ results, non-iterators.
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)
class IterReturnsInt:
    def __iter__(self):
        return 5
class IterReturnsList:
    def __iter__(self):
        return [1, 2]
class IterNone:
    __iter__ = None
class NextOnly:
    def __next__(self):
        return 1
class Good:
    def __iter__(self):
        return iter([1, 2])
attempt("int", lambda: iter(5))
attempt("IterReturnsInt", lambda: iter(IterReturnsInt()))
attempt("IterReturnsList", lambda: list(IterReturnsList()))
attempt("IterNone", lambda: iter(IterNone()))
attempt("NextOnly", lambda: iter(NextOnly()))
attempt("Good", lambda: list(Good()))
attempt("next on list", lambda: next([1]))
attempt("next on Good", lambda: next(Good()))
def for_loop(obj):
    for _ in obj:
        pass
attempt("for over None", lambda: for_loop(None))
attempt("for over function", lambda: for_loop(len))
attempt("star call", lambda: print(*5))
attempt("list extend", lambda: [].extend(3.5))
attempt("in operator", lambda: 1 in 5)
attempt("sum", lambda: sum(7))
attempt("zip", lambda: zip([1], 2))
attempt("enumerate", lambda: enumerate(None))
attempt("sorted", lambda: sorted(1))
attempt("yield from", lambda: list((lambda: (yield from 5))()))
attempt("dict from", lambda: dict(5))
attempt("iter sentinel", lambda: iter(5, 1))
attempt("unpack", lambda: [*None])
