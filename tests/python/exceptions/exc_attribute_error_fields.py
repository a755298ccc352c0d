# AttributeError carries name and obj for instance, class and module lookups.
class C:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
c = C()
for obj, name in ((c, "b"), (C, "zzz"), (5, "foo"), ("s", "upper2"), (None, "x"), (print, "y")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, e.obj is obj)
try:
    c.b = 2
except AttributeError as e:
    print(type(e).__name__, e, e.name)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.a
    c.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
e = AttributeError("custom", name="nm", obj=42)
print(e, e.name, e.obj, e.args)
print(AttributeError().name, AttributeError().obj)
try:
    AttributeError("x", bad=1)
except TypeError as err:
    print(type(err).__name__, err)
class G:
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")
try:
    G().thing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
