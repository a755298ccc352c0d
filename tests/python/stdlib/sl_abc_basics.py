from abc import ABC, ABCMeta, abstractmethod
class Animal(ABC):
    @abstractmethod
    def speak(self):
        ...
    def greet(self):
        return f'{type(self).__name__} says {self.speak()}'
class Dog(Animal):
    def speak(self):
        return 'woof'
print(Dog().greet(), isinstance(Dog(), Animal), Animal.__abstractmethods__, Dog.__abstractmethods__)
try:
    Animal()
except TypeError as e:
    print(e)
class Half(Animal):
    pass
try:
    Half()
except TypeError as e:
    print(e)
class Base(metaclass=ABCMeta):
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass
try:
    Base()
except TypeError as e:
    print(e)
print(type(Animal), type(Base), ABC.__slots__)
