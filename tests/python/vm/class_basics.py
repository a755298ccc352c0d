class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")

    def speak(self):
        return super().speak() + "!"

a = Animal("generic")
d = Dog("rex")
print(a.speak())
print(d.speak())
print(Animal.count, d.kingdom, Dog.__name__, Dog.__qualname__)
print(Dog.__bases__[0].__name__, Dog.__mro__[-1].__name__)
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, object))
print(sorted(vars(d).items()))
d.kingdom = "own"
print(d.kingdom, Animal.kingdom)
print(type(d).__name__, d.__class__ is Dog)
print(Animal.speak(d))
print(type(Animal.speak).__name__, type(d.speak).__name__)
m = d.speak
print(m.__self__ is d, m.__func__ is Dog.speak)

class Empty:
    pass
print(Empty.__name__, Empty.__module__, Empty.__doc__)
e = Empty()
e.dynamic = 1
print(e.__dict__)
