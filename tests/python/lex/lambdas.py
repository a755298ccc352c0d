# Lambda expressions with every kind of parameter.
square = lambda x: x * x
add = lambda a, b=10: a + b
collect = lambda *args, **kwargs: (args, sorted(kwargs.items()))
kw_only = lambda *, key: key
pos_only = lambda a, /, b: a - b
noargs = lambda: "nothing"
print(square(7), add(1), add(1, 2), collect(1, 2, z=3, a=4))
print(kw_only(key="k"), pos_only(10, b=3), noargs())
people = [("ada", 36), ("alan", 41), ("grace", 85), ("linus", 28)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-len(p[0]), p[0])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4), (lambda: (lambda: 42))()())
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print(list(map(lambda c: ord(c) - 96, "abc")), list(filter(lambda n: n % 3 == 0, range(10))))
