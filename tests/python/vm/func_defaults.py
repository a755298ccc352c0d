def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

# mutable default shared across calls
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

# defaults evaluated once at definition time
counter = 10
def show(v=counter):
    return v
counter = 20
print(show())

def f(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw

print(f(1, d=4))
print(f(1, 5, 6, 7, d=8, e=9))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100,)
print(f(0, d=0))
