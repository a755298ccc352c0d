# Definitions and calls spread over many lines with trailing commas after every kind of
# parameter and argument, including after *args and **kwargs.
def spread(
    a,
    b=1,
    /,
    c=2,
    *args,
    d,
    e=3,
    **kwargs,
):
    return a, b, c, args, d, e, kwargs


def only_star(
    *args,
):
    return args


def only_kwargs(
    **kwargs,
):
    return kwargs


def kw_after_bare_star(
    *,
    key,
):
    return key


print(spread(
    10,
    11,
    12,
    13,
    d=14,
    f=15,
))
print(only_star(1, 2,), only_kwargs(x=1,), kw_after_bare_star(key="k",))
args = (1, 2)
kwargs = {"d": 0}
print(spread(
    *args,
    **kwargs,
))
result = [
    spread(0, d=1,)[6],
    only_star(
        *"ab",
    ),
]
print(result)
