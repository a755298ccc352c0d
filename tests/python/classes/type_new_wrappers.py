# The __new__ of built-in types called directly, and their safety checks.
class A:
    pass
a = object.__new__(A)
print(type(a).__name__)

class I(int):
    pass
i = int.__new__(I, 5)
print(type(i).__name__, i)
print(str.__new__(str, "x"), tuple.__new__(tuple, [1, 2]))

def show(f, *a):
    try:
        print("ok", f(*a))
    except TypeError as e:
        print(type(e).__name__, e)

show(object.__new__)
show(object.__new__, 1)
show(object.__new__, int)
show(int.__new__, object)
show(object.__new__, I)
show(int.__new__, str)
show(float.__new__, float, "1.5")
show(list.__new__, list)

class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
w = WithNew(1, 2)
print(w.args)
class Sub(WithNew):
    pass
print(Sub(3).args, type(Sub(3)).__name__)

class ArgsToObjectNew:
    def __new__(cls, x):
        return object.__new__(cls, x)
try:
    ArgsToObjectNew(1)
except TypeError as e:
    print(type(e).__name__, e)

class InitOnly:
    def __init__(self, x):
        self.x = x
print(InitOnly(4).x)
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
