from abc import ABC, abstractmethod
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
class Circle:
    def draw(self):
        return 'circle'
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
Drawable.register(Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
@Drawable.register
class Square:
    pass
print(issubclass(Square, Drawable), Square.__name__)
class Special(Circle):
    pass
print(issubclass(Special, Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance('3', Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print(e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print(e)
