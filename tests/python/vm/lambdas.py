square = lambda x: x * x
print(square(7), square.__name__)

add = lambda a, b=10, *args, k=1, **kw: (a + b + sum(args)) * k + len(kw)
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, k=3, z=0))

print((lambda: "no args")())
print((lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(b=1, a=2))

pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))

compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))

print(list(map(lambda x, y: x ** y, [2, 3, 4], [3, 2, 1])))
print(list(filter(lambda s: s.isupper(), ["A", "b", "C"])))

fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(12))

nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print((lambda x, /, y: x - y)(10, y=3))
cond = lambda v: "neg" if v < 0 else "zero" if v == 0 else "pos"
print([cond(v) for v in (-1, 0, 1)])
print(square.__code__.co_argcount, add.__code__.co_kwonlyargcount)
