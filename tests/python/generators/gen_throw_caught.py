# throw() raises the exception at the paused yield; the generator may handle it.
def worker():
    while True:
        try:
            x = yield "waiting"
            print("work on", x)
        except ValueError as e:
            print("handled", repr(e))
            yield "recovered"

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
print(w.throw(ValueError))
print(w.send(2))

def counter():
    n = 0
    while True:
        try:
            yield n
        except KeyError:
            n = 0
        else:
            n += 1

c = counter()
print(next(c), next(c), next(c))
print(c.throw(KeyError))
print(next(c), next(c))
