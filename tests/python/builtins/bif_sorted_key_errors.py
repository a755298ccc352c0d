# builtins: sorted key errors (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

def key(x):
    if x == 3:
        raise KeyError("bad key")
    return x
show("key raises", sorted, [1, 2, 3, 4], key=key)
data = [5, 3, 1]
show("cmp fails midway", sorted, [1, 2, "three", 4])
print(data)
class Cnt:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cnt.n += 1
        return self.v < other.v
sorted([Cnt(i) for i in [3, 1, 2, 5, 4]])
print(Cnt.n > 0)
