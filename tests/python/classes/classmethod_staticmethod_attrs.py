# classmethod and staticmethod objects: attributes, repr, calls, errors.
def f(x):
    "f's doc"
    return x
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__func__ is f, cm.__func__ is f, sm.__wrapped__ is f, cm.__wrapped__ is f)
print(sm.__name__, sm.__qualname__, sm.__doc__, cm.__name__, cm.__doc__)
print(sm(5), repr(sm).startswith("<staticmethod(<function f at "), repr(cm).startswith("<classmethod(<function f at "))
print(sorted(sm.__dict__), sm.__isabstractmethod__)
sm.extra = 1
print(sm.extra, sm.__dict__["extra"])

def show(make):
    try:
        print(make())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: classmethod())
show(lambda: classmethod(1, 2))
show(lambda: staticmethod(x=f))
show(lambda: cm(1))

class K:
    @classmethod
    def make(cls, *args):
        return cls.__name__, args
    @staticmethod
    def plain(*args):
        return args
class Sub(K):
    pass
print(K.make(1), Sub.make(2), Sub().make(3), K.plain(4), K().plain(5))
print(type(K.__dict__["make"]).__name__, type(K.__dict__["plain"]).__name__)
print(K.__dict__["plain"](6))
bound = K.make
print(bound.__self__ is K, bound.__func__ is K.__dict__["make"].__func__)
print(cm.__get__(None, K)(), cm.__get__(K())())
print(classmethod(1).__func__, staticmethod(None).__func__)
try:
    classmethod(1).__get__(None, K)()
except TypeError as e:
    print(type(e).__name__, e)
