# Functions defined inside functions, closures over several levels, and functions
# defined inside loops and conditionals.
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


def compose(*functions):
    def composed(value):
        for fn in reversed(functions):
            value = fn(value)
        return value
    return composed


def counter_factory():
    count = 0

    def counter():
        nonlocal count
        count += 1

        def describe():
            return f"called {count} time{'s' if count != 1 else ''}"
        return describe()
    return counter


def pick(kind):
    if kind == "square":
        def op(x):
            return x * x
    else:
        def op(x):
            return -x
    return op


double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), compose(double, triple, str.__len__)("abcd"))
c = counter_factory()
print(c(), c(), c())
print(pick("square")(7), pick("negate")(7))

adders = []
for step in range(3):
    def add(x, step=step):
        return x + step
    adders.append(add)
print([fn(10) for fn in adders])
print(make_multiplier(2).__qualname__, counter_factory().__qualname__)
