# Functions are non-data descriptors: binding, unbound access and replacing methods.
class A:
    def method(self, x):
        return (type(self).__name__, x)

a = A()
m = a.method
print(m(1), m.__self__ is a, m.__func__ is A.method, A.method(a, 2))
print(A.__dict__["method"].__get__(a, A)(3))
print(A.__dict__["method"].__get__(None, A) is A.__dict__["method"])
a.method = lambda x: ("instance", x)
print(a.method(4), A().method(5))
A.method = lambda self, x: ("replaced", x)
print(A().method(6))
def free(self):
    return "free " + type(self).__name__
A.free = free
print(A().free())
print(len.__get__ if hasattr(len, "__get__") else "builtins do not bind")
class B:
    f = len
print(B.f([1, 2]), B().f([1, 2, 3]))
class Callable:
    def __call__(self, *args):
        return ("called with", len(args))
class C:
    c = Callable()
print(C().c(1), C.c())
print(m == a.method if False else A.method == A.method)
