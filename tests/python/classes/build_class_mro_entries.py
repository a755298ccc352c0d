# PEP 560: __mro_entries__ replaces non-class bases; __orig_bases__ records the originals.
class Base:
    pass

class Alias:
    def __init__(self, target):
        self.target = target
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return (self.target,)

a = Alias(Base)
class C(a):
    pass
print(C.__bases__ == (Base,), C.__orig_bases__[0] is a, issubclass(C, Base))

class Empty:
    def __mro_entries__(self, bases):
        return ()
class D(Empty()):
    pass
print(D.__bases__ == (object,))

class Bad:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class E(Bad()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Two:
    def __mro_entries__(self, bases):
        return (Base, int)
try:
    class F(Two()):
        pass
    print(F.__mro__[1:] == (Base, int, object))
except TypeError as e:
    print(type(e).__name__, e)

class G(Base):
    pass
print("__orig_bases__" in G.__dict__)
try:
    class H(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
