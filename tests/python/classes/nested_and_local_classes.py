# Classes defined in functions and other classes, and closures over their names.
def make_counter_class(start):
    class Counter:
        initial = start
        def __init__(self):
            self.value = start
        def inc(self):
            self.value += 1
            return self
        def __repr__(self):
            return f"{type(self).__qualname__}({self.value})"
    return Counter
C1, C2 = make_counter_class(1), make_counter_class(10)
print(C1().inc(), C2().inc().inc(), C1 is C2, C1.initial, C2.initial)
class Outer:
    class Inner:
        class Deepest:
            level = 3
        level = 2
    level = 1
    def make(self):
        return self.Inner.Deepest()
print(Outer.Inner.Deepest.level, Outer().make().__class__.__qualname__)
def factory():
    created = []
    class Tracked:
        def __init__(self):
            created.append(self)
    Tracked(); Tracked()
    return len(created), Tracked.__qualname__
print(factory())
class Recursive:
    def child(self):
        return Recursive()
print(type(Recursive().child()).__name__)
def deco_inside():
    def attach(cls):
        cls.tag = "attached"
        return cls
    @attach
    class Local:
        pass
    return Local.tag
print(deco_inside())
