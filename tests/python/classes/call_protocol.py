# __call__ on instances and classes; callable(); __init__ must return None.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=3), callable(add5), callable(Adder), callable(1))
print(list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallIsNone:
    __call__ = None
try:
    CallIsNone()()
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NewReturnsOther())
class NewReturnsSubclass:
    def __new__(cls, *a):
        return object.__new__(Sub)
    def __init__(self, *a):
        print("init on", type(self).__name__, a)
class Sub(NewReturnsSubclass):
    pass
print(type(NewReturnsSubclass(1)).__name__)
class StaticCall:
    @staticmethod
    def __call__(x):
        return ("static", x)
print(StaticCall()(3))
class ClassCall:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)
print(ClassCall()(4))
