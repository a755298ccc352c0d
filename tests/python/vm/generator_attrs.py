def my_gen(a):
    yield a
    yield a * 2

g = my_gen(4)
print(g.__name__, g.__qualname__)
print(g.gi_code.co_name, g.gi_running)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(iter(g) is g)

class Holder:
    def items(self):
        yield from range(2)
print(Holder().items().__qualname__)

print(g.gi_yieldfrom)
def outer():
    yield from my_gen(1)
o = outer()
next(o)
print(o.gi_yieldfrom.__name__)

def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref))

def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
