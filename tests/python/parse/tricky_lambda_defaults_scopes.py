# Default values are evaluated once, where the function is defined; lambdas in class
# bodies do not see class attributes; defaults may refer to earlier globals.
import_time = []


def remember(item, bucket=[]):
    bucket.append(item)
    return bucket


print(remember(1), remember(2), remember(3, []), remember(4))
base = 10
add_base = lambda x, b=base: x + b
base = 20
print(add_base(1), (lambda x: x + base)(1))


class Scoped:
    factor = 3
    triple = staticmethod(lambda x, f=factor: x * f)
    try:
        values = [factor * n for n in range(2)]
    except NameError:
        values = "class scope is not visible from the comprehension body"
    first = [factor for _ in range(1)] if False else None


print(Scoped.triple(5), Scoped.values)


def make_defaults(n):
    def inner(a=n * 2, b=[n] * n):
        return a, b
    return inner


print(make_defaults(2)(), make_defaults(3)(b=None))
counter = iter(range(100))
stamp = lambda t=next(counter): t
print(stamp(), stamp(), next(counter))
