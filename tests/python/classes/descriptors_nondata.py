class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r ** 2

c = Circle(2)
print(c.area)
print(c.area)
c.area = 99
print(c.area)
del c.area
print(c.area)

class Const:
    def __get__(self, obj, owner):
        return ("const", obj is None, owner.__name__)
class Holder:
    value = Const()
print(Holder.value, Holder().value)
h = Holder()
h.__dict__["value"] = "instance wins over non-data descriptor"
print(h.value)
