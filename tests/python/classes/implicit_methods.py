# __new__ is implicitly static, __init_subclass__ and __class_getitem__ implicitly class methods.
class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__()
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(type(A.__dict__["__new__"]).__name__)
print(type(A.__dict__["__init_subclass__"]).__name__)
print(type(A.__dict__["__class_getitem__"]).__name__)
a = A(1, 2)
class B(A, tag="b"):
    pass
print(A[int], B["x"], B[1, 2])
b = B()
print(type(b).__name__)
print(A.__new__ is A.__dict__["__new__"].__func__)

class Explicit:
    @staticmethod
    def __new__(cls):
        return object.__new__(cls)
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(type(Explicit()).__name__, Explicit[3])
C = type("C", (), {"__class_getitem__": lambda cls, item: (cls.__name__, item)})
print(C[5], type(C.__dict__["__class_getitem__"]).__name__)
