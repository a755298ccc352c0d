# throw() goes to the generator that yield from is delegating to.
def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub handled", e)
        return "sub-result"

def outer():
    r = yield from sub()
    print("got", r)
    yield "after"

g = outer()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g, "end"))

def sub2():
    yield 1

def outer2():
    try:
        yield from sub2()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"

g = outer2()
print(next(g))
print(g.throw(KeyError("k")))

class Delegate:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *args):
        print("Delegate.throw got", len(args), "args:", args[0].__name__ if isinstance(args[0], type) else repr(args[0]))
        raise StopIteration("from throw")

def outer3():
    r = yield from Delegate()
    print("yield from returned", r)
    yield "done"

g = outer3()
print(next(g), next(g))
print(g.throw(TypeError))
