# Call syntax: positional, keyword, *args and **kwargs in every legal order, positional
# arguments after *args, keywords before *args, nested calls and calls on results.
def report(*args, **kwargs):
    kw = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
    return f"({', '.join(map(repr, args))}{'; ' if kw else ''}{kw})"


nums, more, opts = [1, 2], (3,), {"sep": "-"}
print(report())
print(report(0))
print(report(0, 1, key="v"))
print(report(*nums))
print(report(*nums, 9, *more))
print(report(key=1, *nums))
print(report(a=1, *nums, b=2, **opts))
print(report(**opts, c=3))
print(report(**opts, **{"d": 4}))
print(report(*nums, *more, **opts, e=5))
print(report(report(1), report(k=2)))
print(report((1, 2)), report([x for x in range(2)]))


def curry(a):
    return lambda b: lambda c: a + b + c


print(curry(1)(2)(3))
print(getattr(str, "upper")("called via getattr"))
print(dict(a=1, **{"b": 2}), list(range(*more)), max(*nums, key=lambda v: -v))
print((lambda: "immediately called")())
print([len][0]("subscript then call"), {"f": abs}["f"](-3))
