class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        return "imul returned a string"

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 2
print(a, b, a is b)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
ref = lst
lst += (2, 3)
print(lst, ref is lst)
