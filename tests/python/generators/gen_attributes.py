# Generator attributes: names, state flags, gi_yieldfrom, gi_code.
def my_gen():
    yield 1
    yield 2

g = my_gen()
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.gi_code is my_gen.__code__)
next(g)
print(g.gi_running, g.gi_suspended)
list(g)
print(g.gi_running, g.gi_suspended, g.gi_frame)

class Holder:
    def method(self):
        yield self

h = Holder().method()
print(h.__name__, h.__qualname__)

def outer():
    def inner():
        yield
    return inner()

print(outer().__qualname__)

g = my_gen()
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__)
for attr, value in [("__name__", 1), ("__qualname__", None)]:
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del g.__name__
except TypeError as e:
    print(type(e).__name__, e)

def renamed_function():
    yield
renamed_function.__name__ = "new_name"
renamed_function.__qualname__ = "new_qualname"
r = renamed_function()
print(r.__name__, r.__qualname__)

def sub():
    yield "s"

def delegating():
    yield from sub()

d = delegating()
print(d.gi_yieldfrom)
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
try:
    g.gi_running = True
except AttributeError as e:
    print(type(e).__name__)
try:
    g.anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
