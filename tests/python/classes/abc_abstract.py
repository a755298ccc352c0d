from abc import ABC, abstractmethod, ABCMeta

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name}: {self.area()}"

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Partial(Shape):
    def area(self):
        return 1
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), type(Shape) is ABCMeta)
class Duck:
    def area(self):
        return 0
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
