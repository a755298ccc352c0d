def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled ValueError", e)
                yield "recovered"
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad value")))
next(w)
w.send(2)
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(w.gi_frame is None)

def simple():
    yield 1
    yield 2

s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(list(s))

s = simple()
next(s)
try:
    s.throw(TypeError)
except TypeError as e:
    print("class thrown:", type(e).__name__, e.args)
