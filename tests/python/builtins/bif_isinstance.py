# builtins: isinstance (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", (int, (list, (str,)))), isinstance(None, type(None)), isinstance(int, type), isinstance(type, type))
print(isinstance([], ()), isinstance(3, object), isinstance(3, int | str), isinstance("x", int | None))
show("bad type", isinstance, 1, 2)
show("bad tuple", isinstance, 1, (int, 2))
show("tuple first", isinstance, 1, (2, int))
show("one arg", isinstance, 1)
show("kw", isinstance, 1, cls=int)
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", obj)
        return obj == "yes"
class M(metaclass=Meta):
    pass
print(isinstance("yes", M), isinstance("no", M), isinstance(M(), M))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B))
