# Lambdas that close over variables (late binding), bind defaults early, return
# lambdas, recurse through a name, and appear inside data structures.
ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "pow": lambda a, b=2: a ** b,
}
print({name: fn(5, 3) for name, fn in ops.items()}, ops["pow"](7))
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(10), adder(-1)(1))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
compose = lambda *fs: lambda x: x if not fs else fs[0](compose(*fs[1:])(x))
print(compose(str, abs, lambda v: v - 10)(3))
counter = (lambda: (lambda state=[0]: (state.__setitem__(0, state[0] + 1), state[0])[1]))()
print(counter(), counter(), counter())
print(sorted(["bb", "a", "ccc"], key=lambda s: (-len(s), s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda v: v % 2, range(6))))
