# Metaclass __call__, __init__ and __new__ and the order they run in.
order = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        order.append(("meta new", name, tuple(sorted(kw))))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        order.append(("meta init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        order.append(("meta call", cls.__name__, args))
        obj = super().__call__(*args, **kwargs)
        order.append(("after call", type(obj).__name__))
        return obj

class Widget(metaclass=Meta, color="red"):
    def __new__(cls, *args):
        order.append(("cls new", args))
        return super().__new__(cls)
    def __init__(self, size):
        order.append(("cls init", size))
        self.size = size

w = Widget(3)
for step in order:
    print(step)
print(w.size, type(Widget).__name__, isinstance(Widget, Meta))

class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class P(metaclass=Counting):
    pass
class Q(P):
    pass
P(); Q(); Q()
print(Counting.count)

class Shortcut(type):
    def __call__(cls, *a):
        return "not an instance"
class R(metaclass=Shortcut):
    def __init__(self):
        print("never")
print(R())
