# try/except/finally inside generators, with yields in every part.
def parts():
    try:
        yield "try"
        raise ValueError("x")
    except ValueError:
        yield "except"
    else:
        yield "else (not reached)"
    finally:
        yield "finally"
    yield "after"

print(list(parts()))

def nested():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            yield "finally %d" % i

print(list(nested()))

def with_return():
    try:
        yield 1
        return "returned"
    finally:
        print("finally before the return completes")

g = with_return()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("value", e.value)

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

def in_with():
    with Ctx():
        yield "inside with"
        yield "still inside"

g = in_with()
print(next(g))
g.close()
print(list(in_with()))
