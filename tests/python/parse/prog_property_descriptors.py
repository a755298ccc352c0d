# Attribute machinery: property with getter/setter/deleter, a validating descriptor
# class with __set_name__, __get__ on the class, __getattr__ fallbacks and __slots__.
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Positive descriptor {self.name[1:]}>"
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Rectangle:
    width = Positive()
    height = Positive()

    def __init__(self, width, height):
        self.width, self.height = width, height

    @property
    def area(self):
        return self.width * self.height

    @property
    def label(self):
        return getattr(self, "_label", "unnamed")

    @label.setter
    def label(self, value):
        self._label = value.strip().title()

    @label.deleter
    def label(self):
        del self._label

    def __getattr__(self, name):
        if name.startswith("double_"):
            return 2 * getattr(self, name[len("double_"):])
        raise AttributeError(name)


r = Rectangle(3, 4)
print(r.area, r.label, Rectangle.width, r.double_width, r.double_area)
r.label = "  my box "
print(r.label)
del r.label
print(r.label)
try:
    r.height = -1
except ValueError as err:
    print("ValueError:", err)
try:
    r.missing
except AttributeError as err:
    print("AttributeError:", err)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as err:
    print("AttributeError:", err)
print(s.a, hasattr(s, "__dict__"))
