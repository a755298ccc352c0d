# Decorators of every form: a name, a dotted name, a call, a subscript, a lambda, a
# walrus and an arbitrary expression (PEP 614), stacked, on functions and classes.
registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


def tagged(label, *, upper=False):
    def wrap(fn):
        def inner(*args, **kwargs):
            text = f"[{label}] {fn(*args, **kwargs)}"
            return text.upper() if upper else text
        inner.__name__ = fn.__name__
        return inner
    return wrap


class Plugins:
    table = {}

    @staticmethod
    def add(fn):
        Plugins.table[fn.__name__] = fn
        return fn


wrappers = [tagged("first"), tagged("second", upper=True)]
choose = {"loud": tagged("loud", upper=True)}


@register
def plain():
    return "plain"


@Plugins.add
def dotted():
    return "dotted"


@tagged("call")
def called():
    return "called"


@wrappers[1]
def subscripted():
    return "subscripted"


@choose["loud"]
def from_dict():
    return "from a dict"


@lambda fn: (lambda: fn() + " via lambda")
def lam():
    return "lam"


@(deco := tagged("walrus"))
def walrus():
    return "walrus"


@tagged("x") if len(registry) > 0 else register
def conditional():
    return "conditional"


@register
@tagged("outer")
@tagged("inner")
def stacked(n):
    return n * 2


@register
class Widget:
    @property
    def size(self):
        return 3

    @classmethod
    def make(cls):
        return cls()


for fn in (plain, dotted, called, subscripted, from_dict, lam, walrus, conditional):
    print(fn())
print(stacked(21), sorted(registry), sorted(Plugins.table))
print(Widget.make().size, deco(lambda: "again")())
