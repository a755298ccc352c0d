# The class namespace keeps definition order; __prepare__ sees the order too.
class Ordered:
    zeta = 1
    alpha = 2
    def middle(self):
        pass
    beta = 3
print([k for k in Ordered.__dict__ if not k.startswith("__")])
print(list(Ordered.__dict__)[:2], list(Ordered.__dict__)[-1])
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Tracked(metaclass=Meta):
    "docstring"
    b = 1
    a = 2
    def f(self):
        return __class__
    b = 3
print(Tracked.order)
class Annotated:
    x: int
    y: str = "s"
print(Annotated.__annotations__, [k for k in Annotated.__dict__ if not k.startswith("__")])
