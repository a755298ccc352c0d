# Inheritance and the MRO: a class's method resolution order lists the
# classes Python searches for an attribute, in order. super() moves to the
# next class in the MRO of the object, not simply to "the parent".

class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()


print([cls.__name__ for cls in Child.__mro__])
print(Child().hello())            # each class runs once, in MRO order
print(Left().hello())             # from Left, super() is Base

# Attribute lookup walks the same order.
Base.greeting = "from Base"
Right.greeting = "from Right"
print(Child().greeting)
print(isinstance(Child(), Right), issubclass(Child, Base))

# Python refuses an order that would contradict a base's own order.
try:
    class Broken(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
