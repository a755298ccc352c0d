# __slots__ across inheritance: subclasses add slots or a __dict__.
class Base:
    __slots__ = ("a",)
class NoSlots(Base):
    pass
class MoreSlots(Base):
    __slots__ = ("b",)
class Empty(Base):
    __slots__ = ()

n = NoSlots()
n.a = 1
n.other = 2
print(n.a, n.__dict__)
m = MoreSlots()
m.a, m.b = 1, 2
print(m.a, m.b)
try:
    m.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
e = Empty()
e.a = 5
try:
    e.z = 1
except AttributeError as e2:
    print(type(e2).__name__, e2)
print(e.a, "a" in Empty.__dict__, "b" in MoreSlots.__dict__)

class Diamond1(Base):
    __slots__ = ()
class Diamond2(Base):
    __slots__ = ()
class Join(Diamond1, Diamond2):
    __slots__ = ("c",)
j = Join()
j.a, j.c = "a", "c"
print(j.a, j.c, [k.__name__ for k in Join.__mro__])

class Counter:
    __slots__ = ("count",)
    def __init__(self):
        self.count = 0
    def inc(self):
        self.count += 1
        return self
print(Counter().inc().inc().count)

class IntSub(int):
    __slots__ = ()
print(IntSub(5) + 1, hasattr(IntSub(5), "__dict__"))
class StrSub(str):
    __slots__ = ("tag",)
s = StrSub("hi")
s.tag = "t"
print(s, s.tag, s.upper())
class ListSub(list):
    __slots__ = ("name",)
l = ListSub([1, 2])
l.name = "L"
print(l, l.name, len(l))
