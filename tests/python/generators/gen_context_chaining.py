# Implicit exception chaining across generator boundaries.
def raises_inside():
    yield 1
    raise ValueError("from generator")

g = raises_inside()
next(g)
try:
    try:
        raise KeyError("caller handling")
    except KeyError:
        next(g)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

def handler_gen():
    try:
        raise IndexError("inside generator")
    except IndexError:
        yield "suspended in except"
        raise TypeError("raised after resume")

h = handler_gen()
print(next(h))
try:
    next(h)
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

def waits():
    try:
        raise OSError("generator's own")
    except OSError:
        try:
            yield
        except ValueError as e:
            print("thrown", repr(e), "context:", repr(e.__context__))
            yield "ok"

w = waits()
next(w)
print(w.throw(ValueError("thrown in")))

def plain():
    yield

p = plain()
next(p)
try:
    p.throw(ValueError("no context"))
except ValueError as e:
    print(repr(e), "context:", e.__context__)
