# Reading, writing and deleting __slots__ members.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.x + p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "y"), getattr(p, "y", "default"))
print(type(P.x).__name__, repr(P.x), P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.y.__set__(p, 10)
print(p.y)
class Q:
    __slots__ = ("x",)
try:
    P.x.__get__(Q(), Q)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.x.__set__(Q(), 1)
except TypeError as e:
    print(type(e).__name__, e)
print(P.__slots__, "__dict__" in P.__dict__, "__weakref__" in P.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Private:
    __slots__ = ("__secret", "_Private__other")
    def set(self):
        self.__secret = "s"
        return self.__secret
try:
    class Dup:
        __slots__ = ("__secret", "_Dup__secret")
    print("dup ok")
except Exception as e:
    print(type(e).__name__, e)
print(Private().set(), sorted(k for k in Private.__dict__ if "secret" in k))
