from abc import ABC, abstractmethod
class Closeable(ABC):
    @abstractmethod
    def close(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any('close' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class File:
    def close(self): pass
class Rock:
    pass
print(isinstance(File(), Closeable), isinstance(Rock(), Closeable), issubclass(File, Closeable))
class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @classmethod
    @abstractmethod
    def unit(cls): ...
    @staticmethod
    @abstractmethod
    def kind(): ...
print(sorted(Shape.__abstractmethods__))
class Sq(Shape):
    @property
    def area(self):
        return 4
    @classmethod
    def unit(cls):
        return 'm'
    @staticmethod
    def kind():
        return 'square'
print(Sq().area, Sq.unit(), Sq.kind())
