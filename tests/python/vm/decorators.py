import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@trace
def add(a, b=0):
    "Add two numbers."
    return a + b

add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("x"))

order = []
def mark(tag):
    order.append(("factory", tag))
    def deco(fn):
        order.append(("apply", tag))
        return fn
    return deco

@mark("outer")
@mark("inner")
def f():
    pass
print(order)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def one():
    return 1
print(sorted(registry), registry["one"]())

@lambda fn: fn.__name__.upper()
def shout():
    pass
print(shout)
