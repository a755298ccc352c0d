def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(); inc(5)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())

print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(type(inc.__closure__).__name__, len(inc.__closure__))
print(inc.__closure__[0].cell_contents)

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()

print(outer()())

def adders():
    return [lambda y, i=i: i + y for i in range(3)]

print([f(10) for f in adders()])

def late():
    return [lambda: i for i in range(3)]

print([f() for f in late()])
