class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 10

print(list(Seq(4)), 20 in Seq(4), 25 in Seq(4), list(reversed([*Seq(3)])))
class Container:
    def __contains__(self, item):
        print("__contains__", item)
        return item == "yes"
c = Container()
print("yes" in c, "no" in c, "no" not in c)
class IterAndGetitem:
    def __iter__(self):
        return iter([1, 2])
    def __getitem__(self, i):
        return "getitem"
print(list(IterAndGetitem()), 1 in IterAndGetitem())
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
class Weird:
    def __contains__(self, x):
        return [1]
print(1 in Weird())
try:
    3 in 5
except TypeError as e:
    print(type(e).__name__, e)
