# lambda with every parameter kind: none, positional, defaults, positional-only (/),
# keyword-only (bare * and after *args), *args, **kwargs, and trailing commas.
no_args = lambda: "nothing"
one = lambda x: x + 1
defaults = lambda a, b=2, c=3: (a, b, c)
pos_only = lambda a, b, /, c: (a, b, c)
pos_only_default = lambda a, b=20, /, c=30: (a, b, c)
kw_only = lambda *, key, flag=False: (key, flag)
star = lambda *args: args
star_kw = lambda first, *rest, last="!": (first, rest, last)
kwargs = lambda **kw: sorted(kw.items())
everything = lambda a, b=1, /, c=2, *args, d, e=4, **kw: (a, b, c, args, d, e, kw)
trailing = lambda x, y=0,: x + y
nested = lambda x: lambda y: lambda z: x + y + z
defaults_from_lambdas = lambda f=lambda: 5, g=(lambda n: n * 2): g(f())

print(no_args(), one(1), defaults(1), defaults(1, c=9))
print(pos_only(1, 2, 3), pos_only(1, 2, c=3), pos_only_default(1))
print(kw_only(key="k"), kw_only(flag=True, key=0))
print(star(), star(1, 2), star_kw(1, 2, 3), star_kw(0, last="?"))
print(kwargs(z=1, a=2), everything(0, d=9), everything(1, 2, 3, 4, 5, d=6, x=7))
print(trailing(1), trailing(1, 2), nested(1)(2)(3), defaults_from_lambdas())
try:
    pos_only(a=1, b=2, c=3)
except TypeError as err:
    print("TypeError:", err)
print(sorted([(2, "b"), (1, "z"), (3, "a")], key=lambda pair: pair[1]))
print((lambda *a, **k: (a, k))(1, x=2))
