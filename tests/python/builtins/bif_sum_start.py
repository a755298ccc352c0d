# builtins: sum start (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([[1]], start=[0]))
show("str start", sum, ["a"], "")
show("str start kw", sum, [], start="x")
show("bytes start", sum, [b"a"], b"")
show("bytearray start", sum, [], bytearray())
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("add", self.v, other)
        return Acc(self.v + other)
    def __repr__(self):
        return "Acc(%r)" % self.v
print(sum([1, 2, 3], Acc(0)))
class RAdd:
    def __radd__(self, other):
        return "radd with %r" % (other,)
print(sum([RAdd()]), sum([1, 2, RAdd()]))
