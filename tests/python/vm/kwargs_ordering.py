def show(**kwargs):
    return list(kwargs.items())

print(show(z=1, a=2, m=3))
print(show(**{"b": 1}, a=2))
print(show(**dict(y=1, x=2), w=3))

def mixed(a, *args, b=1, **kwargs):
    return a, args, b, kwargs

print(mixed(1, 2, 3, b=4, c=5, d=6))
print(mixed(a=1))
print(mixed(1, b=2, a_extra=3))

def accepts_self(**kw):
    return kw
print(accepts_self(self=1, cls=2))

def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4))
print(dict(a=1, **{"b": 2}))
try:
    dict(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
