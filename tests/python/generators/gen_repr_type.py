# Type names and reprs of generators, coroutines and async generators.
def gen():
    yield

async def coro():
    pass

async def agen():
    yield

class K:
    def meth(self):
        yield

g, c, a = gen(), coro(), agen()
for obj in (g, c, a, K().meth(), (x for x in [])):
    text = repr(obj)
    print(type(obj).__name__, text[:text.index(" at 0x")], text.endswith(">"))
print(repr(g) == str(g))
print(iter(g) is g, g.__iter__() is g)
print(type(g) is type(gen()), type(c).__name__, type(a).__name__)
print(hasattr(g, "__next__"), hasattr(c, "__next__"), hasattr(c, "__await__"))
print(hasattr(a, "__anext__"), hasattr(a, "__aiter__"), hasattr(a, "__next__"))
try:
    type(g)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(a)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
