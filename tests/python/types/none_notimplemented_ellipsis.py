print(None, repr(None), type(None).__name__, bool(None), None is None, None == None)
print(type(None)() is None, str(None), [None] * 2, hash(None) == hash(None))
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print((1).__add__("x"), (1).__eq__("x"), "x".__lt__(1))
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...))
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(sorted([None, None], key=lambda x: 0), [x for x in (None, 0, ..., "") if x is not None])
def f():
    pass
print(f() is None, print() is None)
