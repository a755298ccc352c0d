# Classes: inheritance, super(), properties, class attributes, dunder methods.
class Shape:
    sides = 0

    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self._name!r})"

    def __lt__(self, other):
        return self.area() < other.area()


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")


class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        super().__init__("tri")
        self.base, self.height = base, height

    def area(self):
        return self.base * self.height / 2


shapes = [Rectangle(2, 5), Square(3), Triangle(4, 3)]
for s in sorted(shapes):
    print(s, s.name, s.sides, s.area())
print(Square.__mro__[1].__name__, isinstance(shapes[1], Rectangle))
print([cls.__name__ for cls in Shape.__subclasses__()])
