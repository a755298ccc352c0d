# Class decorators run after the class is built and may replace it.
def register(cls):
    registry.append(cls.__name__)
    return cls
registry = []
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def replace(cls):
    return "replaced " + cls.__name__

@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
@replace
class Gone:
    pass
print(Point(1, 2), registry, Gone)

def with_args(**defaults):
    def deco(cls):
        for k, v in defaults.items():
            setattr(cls, k, v)
        return cls
    return deco
@with_args(a=1, b="two")
class Configured:
    pass
print(Configured.a, Configured.b)

def singleton(cls):
    instance = cls()
    return lambda: instance
@singleton
class Only:
    pass
print(Only() is Only())

def count_calls(method):
    def wrapper(self, *args):
        wrapper.calls += 1
        return method(self, *args)
    wrapper.calls = 0
    return wrapper
class Service:
    @count_calls
    def run(self, x):
        return x * 2
s = Service()
print(s.run(1), s.run(2), Service.run.calls)
