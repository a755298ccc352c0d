# __class_getitem__ on user classes and subscripting built-in generics.
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__ if isinstance(item, type) else item!r}"
print(Box[int], Box["x"], Box[1, 2])
class Sub(Box):
    pass
print(Sub[str])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
class WithMetaGetitem(type):
    def __getitem__(cls, item):
        return "metaclass wins"
class Both(metaclass=WithMetaGetitem):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[0])
print(list[int], dict[str, int], tuple[int, ...], type[int])
class Alias:
    def __class_getitem__(cls, item):
        return (cls, item)
print(Alias[int][0] is Alias)
class NotCallableCGI:
    __class_getitem__ = 5
try:
    NotCallableCGI[1]
except TypeError as e:
    print(type(e).__name__, e)
