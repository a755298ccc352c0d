# generator.throw() and close(): GeneratorExit, ignoring it, and exceptions thrown at various points.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", repr(e))
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("thrown")))
g.close()
g2 = gen()
print(next(g2))
try:
    g2.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g2, "exhausted"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
fresh = gen()
try:
    fresh.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted throw:", repr(e))
fresh.close()
def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
try:
    gen().throw(ValueError, ValueError("both"))
except ValueError as e:
    print(repr(e))
done = gen()
list(done)
try:
    done.throw(IndexError("after end"))
except IndexError as e:
    print("after end:", repr(e))
