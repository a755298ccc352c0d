# copy.copy / copy.deepcopy through copyreg.dispatch_table, __reduce_ex__(4) and __reduce__:
# instances with dicts and slots, list and dict subclasses, __getnewargs__, __getstate__.
import collections
import copy
import copyreg


class C:
    def __init__(self):
        self.v = [1]


c = C()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.v is c.v, c3.v is c.v, c3.v, type(c3).__name__)


class S:
    __slots__ = ("p", "q")


s = S()
s.p = 1
print(copy.copy(s).p, hasattr(copy.copy(s), "q"))


class SD:
    __slots__ = ("p", "__dict__")


sd = SD()
sd.p = 2
sd.z = [3]
d = copy.deepcopy(sd)
print(d.__dict__, d.p, d.z is sd.z)


class L(list):
    pass


l = L([1, [2]])
l.attr = 5
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.attr, l2[1] is l[1])


class D(dict):
    pass


dd = D(a=[1])
print(copy.copy(dd), type(copy.copy(dd)).__name__, copy.deepcopy(dd)["a"] is dd["a"])


class I(int):
    pass


print(copy.copy(I(5)), type(copy.deepcopy(I(5))).__name__)


class NA:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __getnewargs__(self):
        return (self.a, self.b)

    def __new__(cls, a, b):
        o = super().__new__(cls)
        o.made = (a, b)
        return o


n = copy.copy(NA(1, 2))
print(n.made, n.a)


class R:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (R, (self.x * 2,))


print(copy.copy(R(3)).x, copy.deepcopy(R(4)).x)


class GS:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


print(copy.copy(GS()).__dict__)
copyreg.pickle(C, lambda o: (C, ()))
print(copy.copy(c).v is c.v)
del copyreg.dispatch_table[C]
od = collections.OrderedDict(a=1, b=2)
print(copy.copy(od), copy.deepcopy(od))
dq = collections.deque([1, [2]])
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1])
print(copy.copy(range(3)), copy.deepcopy({1: [2, (3, [4])]}))
cyc = []
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[0] is cc)
try:
    copy.copy(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


try:
    copy.copy(NoReduce())
except copy.Error as e:
    print(type(e).__name__, e)
try:
    copy.deepcopy(NoReduce())
except copy.Error as e:
    print(type(e).__name__, e)
print(copy.dispatch_table is copyreg.dispatch_table)
