# object.__reduce_ex__ for protocols 0-4, __reduce__, __getstate__, and the copyreg helpers.
import copyreg


def show(rv):
    # Reduce values hold functions: print their names, not their addresses.
    parts = []
    for item in rv:
        if callable(item) and hasattr(item, "__name__") and not isinstance(item, type):
            parts.append(item.__name__)
        elif hasattr(item, "__next__"):
            parts.append(list(item))
        else:
            parts.append(item)
    return tuple(parts)


class A:
    pass


a = A()
a.x = 1
print(a.__getstate__(), a.__getstate__() is a.__dict__, A().__getstate__(), object().__getstate__())


class S:
    __slots__ = ("p", "q")


s = S()
s.p = 1
print(s.__getstate__())


class SD:
    __slots__ = ("p", "__dict__")


sd = SD()
sd.p = 2
sd.z = 3
print(sd.__getstate__())
print(show(object().__reduce_ex__(2)), show(a.__reduce_ex__(2)), show(a.__reduce_ex__(4)))
print(show(a.__reduce_ex__(0)), show(a.__reduce_ex__(1)), show(a.__reduce__()))
print(show(A().__reduce_ex__(0)), show(object().__reduce__()))
try:
    s.__reduce_ex__(0)
except TypeError as e:
    print(type(e).__name__, e)
print(show(s.__reduce_ex__(2)))


class L(list):
    pass


class D(dict):
    pass


print(show(L([1, 2]).__reduce_ex__(2)), show(D(a=1).__reduce_ex__(3)))
print(show((5).__reduce_ex__(2)), show("ab".__reduce_ex__(4)))
try:
    (5).__reduce_ex__(0)
except TypeError as e:
    print(type(e).__name__, e)


class I(int):
    pass


print(show(I(5).__reduce_ex__(2)), show(I(5).__reduce_ex__(0)))


class N:
    def __getnewargs__(self):
        return (1, 2)


class NE:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


print(show(N().__reduce_ex__(2)), show(NE().__reduce_ex__(2)), show(NE().__reduce_ex__(4)))


class R:
    def __reduce__(self):
        return (R, ())


print(R().__reduce_ex__(2), R().__reduce_ex__(0))
for bad in (lambda: (x for x in []).__reduce_ex__(2), lambda: (x for x in []).__reduce_ex__(0),
            lambda: object().__reduce_ex__("a"), lambda: object().__reduce_ex__()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(object.__subclasshook__(), A.__subclasshook__(int), type(object.__dict__["__subclasshook__"]).__name__)


class BadN:
    def __getnewargs__(self):
        return [1]


class BadNE:
    def __getnewargs_ex__(self):
        return ((1,), [])


class BadNE2:
    def __getnewargs_ex__(self):
        return (1, 2, 3)


for cls in (BadN, BadNE, BadNE2):
    try:
        cls().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(k for k in dir(copyreg) if not k.startswith("__")), copyreg.__all__)
print(copyreg._slotnames(S), S.__slotnames__, copyreg._slotnames(A))


class Priv:
    __slots__ = ("__secret", "plain")


print(copyreg._slotnames(Priv))
print(copyreg.__newobj__(A).__class__.__name__, copyreg.__newobj_ex__(I, (3,), {}))
print(copyreg._reconstructor(I, int, 7), type(copyreg._reconstructor(A, object, None)).__name__)
try:
    copyreg.pickle(A, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print(type(e).__name__, e)
copyreg.pickle(A, lambda o: (A, ()))
print(A in copyreg.dispatch_table, complex in copyreg.dispatch_table, copyreg.pickle_complex(1 + 2j))
copyreg.add_extension("m", "n", 300)
copyreg.add_extension("m", "n", 300)
print(copyreg._extension_registry, copyreg._inverted_registry)
for args in (("m", "n", 301), ("x", "y", 300), ("m", "n", 0)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(type(e).__name__, e)
copyreg.remove_extension("m", "n", 300)
print(copyreg._extension_registry)
try:
    copyreg.remove_extension("m", "n", 300)
except ValueError as e:
    print(type(e).__name__, e)
