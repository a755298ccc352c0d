# builtins: issubclass (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object), issubclass(int, (str, int)))
print(issubclass(bool, int | str), issubclass(type, object), issubclass(object, type), issubclass(KeyError, LookupError))
show("bad first", issubclass, 1, int)
show("bad second", issubclass, int, 1)
show("bad second tuple", issubclass, int, (1,))
show("one arg", issubclass, int)
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return True
class M(metaclass=Meta):
    pass
print(issubclass(int, M), issubclass(M, M))
class A: pass
class B(A): pass
class C(B): pass
print(issubclass(C, A), issubclass(A, C), issubclass(C, (int, B)))
