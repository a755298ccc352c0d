# object's default comparison and hashing dunders return NotImplemented or identity-based results.
class P:
    pass
a, b = P(), P()
print(a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__ne__(a), a.__lt__(b), a.__le__(a), a.__gt__(b), a.__ge__(a))
print(a == a, a == b, a != b, a.__hash__() == hash(a), object.__hash__(a) == hash(a))
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"a {op} b")
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(object()) if not n.startswith("__init_")) == sorted(dir(object)), "__class__" in dir(a))
print(type(a).__name__, a.__class__ is P, P.__bases__, P.__mro__, object.__bases__)
class Q:
    pass
x = P()
x.__class__ = Q
print(type(x).__name__)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(object().__reduce_ex__(2)[0].__name__, P.__name__, P.__qualname__, P.__module__, P.__doc__)
print(str(a) == repr(a), format(a, "") == str(a), a.__str__() == a.__repr__(), a.__dir__ is not None)
print(object.__init__(a), object.__new__(P).__class__.__name__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
