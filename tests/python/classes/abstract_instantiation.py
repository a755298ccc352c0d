# Classes with __abstractmethods__ cannot be instantiated (abc fills it in).
class Shape:
    def area(self):
        raise NotImplementedError
Shape.__abstractmethods__ = frozenset({"area", "name"})
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
Shape.__abstractmethods__ = ("z", "a", "m")
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
del Shape.__abstractmethods__
print(type(Shape()).__name__)
try:
    Shape.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, x):
        self.x = x
WithInit.__abstractmethods__ = {"f"}
try:
    WithInit(1)
except TypeError as e:
    print(type(e).__name__, e)
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class Decorated:
    @abstractmethod
    def run(self):
        pass
    @property
    @abstractmethod
    def prop(self):
        pass
    @classmethod
    @abstractmethod
    def cm(cls):
        pass
    @staticmethod
    @abstractmethod
    def sm():
        pass
print(Decorated.run.__isabstractmethod__, Decorated.__dict__["prop"].__isabstractmethod__)
print(Decorated.__dict__["cm"].__isabstractmethod__, Decorated.__dict__["sm"].__isabstractmethod__)
names = sorted(k for k, v in Decorated.__dict__.items() if getattr(v, "__isabstractmethod__", False))
print(names)
