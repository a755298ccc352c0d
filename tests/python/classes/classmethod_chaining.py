# classmethod wrapping other descriptors (3.9-3.12 chain __get__), and alternatives.
class A:
    @classmethod
    @property
    def name(cls):
        return "name of " + cls.__name__
    @classmethod
    def factory(cls, value):
        obj = cls()
        obj.value = value
        return obj
class B(A):
    pass
print(A.name, B.name, B().name)
b = B.factory(3)
print(type(b).__name__, b.value)
cm = A.__dict__["factory"]
print(cm.__get__(None, B)(1).__class__.__name__, cm.__get__(B())(2).value)
class WithStatic:
    @classmethod
    def make(cls):
        return cls.helper()
    @staticmethod
    def helper():
        return "helped"
print(WithStatic.make(), WithStatic().make())
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), SubCounter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)
print(staticmethod(len)([1, 2]), A.factory.__self__ is A, B.factory.__self__ is B)
