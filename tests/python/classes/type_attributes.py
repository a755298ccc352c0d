# The attributes every class has: __name__, __bases__, __base__, __mro__, __dict__ entries.
class A:
    "doc A"
    x = 1
    def f(self):
        pass
class B(A):
    pass
class C(B, int):
    pass
for cls in (A, B, C):
    print(cls.__name__, [b.__name__ for b in cls.__bases__], cls.__base__.__name__, len(cls.__mro__))
print(A.__doc__, B.__doc__, type(A).__name__, type(C).__name__)
print([k for k in A.__dict__ if not k.startswith("__")], "x" in B.__dict__, B.x)
print(A.__dict__["f"].__name__, A.__dict__["f"].__qualname__)
print(C.__mro__[-2:] == (int, object), issubclass(C, int), C(5) + 1)
print(type(A.mro).__name__, A.mro()[0] is A)
print(A.__module__, int.__module__, type.__module__)
print(isinstance(A, type), isinstance(A(), type), type(type) is type)
print(A.__class__ is type, A().__class__ is A, A.__subclasscheck__(B))
print(sorted(set(dir(A())) - set(dir(object))))
print(sorted(set(dir(C)) - set(dir(int)) - set(dir(A))))
