# Classes and objects: a class is a factory for objects and a namespace of
# shared attributes; an instance has its own __dict__; attribute lookup
# looks at the instance first, then the class, then the base classes (MRO).

class Animal:
    legs = 4                                # class attribute, shared

    def __init__(self, name):
        self.name = name                    # instance attribute

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def speak(self):                        # overrides Animal.speak
        return f"{self.name} says woof"


class Bird(Animal):
    legs = 2

    def speak(self):
        return super().speak() + " (tweet)"  # extends Animal.speak


pets = [Dog("Rex"), Bird("Tweety"), Animal("Generic")]
for pet in pets:
    print(f"{pet!r:<17} legs={pet.legs}  {pet.speak()}")

rex = pets[0]
print("instance dict:", vars(rex))
print("Dog MRO:", [cls.__name__ for cls in Dog.__mro__])
rex.legs = 3                                # shadows the class attribute
print(rex.legs, Dog.legs, "legs" in vars(rex))


# Operator overloading: special methods make objects work with + and ==.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


total = Money(250) + Money(199)
print(total, total == Money(449))
