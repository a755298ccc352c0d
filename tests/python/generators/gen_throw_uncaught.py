# An exception thrown in and not handled propagates to the caller and ends the generator.
def gen():
    yield 1
    yield 2

g = gen()
print(next(g))
try:
    g.throw(ZeroDivisionError("boom"))
except ZeroDivisionError as e:
    print("caller got", repr(e))
print(next(g, "finished"))
try:
    g.throw(KeyError("again"))
except KeyError as e:
    print("finished generator re-raises", repr(e))

# Throwing into a generator that has not started raises at once.
fresh = gen()
try:
    fresh.throw(IndexError)
except IndexError as e:
    print("fresh", type(e).__name__)
print(list(fresh))

def cleanup():
    try:
        yield "a"
    finally:
        print("cleanup runs")

c = cleanup()
next(c)
try:
    c.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("got", e)
