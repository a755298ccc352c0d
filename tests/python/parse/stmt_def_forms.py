# def with every parameter kind: positional-only, positional-or-keyword, defaults,
# *args, keyword-only (with and without defaults), **kwargs, bare *, and trailing commas.
def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs


def only_positional(x, y, /):
    return x - y


def only_keyword(*, name, greeting="hi"):
    return f"{greeting} {name}"


def trailing(
    first,
    second=None,
):
    return first, second


def star_args(*values, sep=", ",):
    return sep.join(map(str, values))


def kwargs_only(**options):
    return sorted(options.items())


def nothing():
    return


print(everything(1, d=4))
print(everything(1, 20, 30, 40, 50, d=4, e=6, f=7))
print(only_positional(10, 3))
try:
    only_positional(x=1, y=2)
except TypeError as err:
    print(err)
print(only_keyword(name="ada"), only_keyword(greeting="yo", name="bob"))
print(trailing(1), star_args(1, 2, 3), star_args(sep="-"), kwargs_only(b=2, a=1))
print(nothing(), everything.__code__.co_posonlyargcount, everything.__code__.co_kwonlyargcount)
print(everything.__defaults__, everything.__kwdefaults__)
