# ValueError and TypeError messages of sequence unpacking, with and without a starred target.
def attempt(label, f):
    try:
        print(label, f())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
def two(x):
    a, b = x
    return a, b
def star(x):
    a, b, *c = x
    return a, b, c
def star_mid(x):
    a, *b, c, d = x
    return a, b, c, d
for value in ([1], [1, 2], [1, 2, 3], "ab", "", 5, None, {"k": 1, "j": 2}, iter([1, 2, 3, 4])):
    attempt("two " + repr(value)[:20], lambda: two(value))
for value in ([1], [1, 2], (1, 2, 3, 4), "abc", 7):
    attempt("star " + repr(value), lambda: star(value))
    attempt("star_mid " + repr(value), lambda: star_mid(value))
def gen():
    yield 1
    yield 2
    yield 3
attempt("gen into two", lambda: two(gen()))
def nested(x):
    (a, b), c = x
    return a, b, c
attempt("nested ok", lambda: nested([(1, 2), 3]))
attempt("nested bad", lambda: nested([(1,), 3]))
attempt("nested int", lambda: nested([1, 3]))
def loop():
    for a, b in [(1, 2), (3,)]:
        pass
attempt("for target", loop)
