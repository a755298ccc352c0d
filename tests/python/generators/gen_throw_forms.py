# The forms throw() accepts and the errors it reports.
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError, "message")
c.throw(ValueError, ("a", 2))
c.throw(ValueError("instance"))
c.throw(KeyError, KeyError("same instance"))
c.throw(LookupError, IndexError("subclass instance"))
c.throw(TypeError, None)
c.throw(ValueError, "with tb", None)

for args in [(), (1, 2, 3, 4), (1,), ("text",), (ValueError("x"), 1), (ValueError, 1, 2), (object,)]:
    try:
        c.throw(*args)
    except TypeError as e:
        print("TypeError:", e)

class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)

c.throw(Custom, (1, 2))
try:
    c.throw(Custom, 5)
except TypeError as e:
    print("TypeError:", e)
