# builtins: repr (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for v in [1, -1.5, "s", "it's", 'a"b', b"\x00", [1, "a"], (1,), {1: 2}, None, True, Ellipsis, NotImplemented, 1e16, 2**70, 1j, range(3), slice(1, None)]:
    print(repr(v))
show("noargs", repr)
show("two", repr, 1, 2)
class R:
    def __repr__(self):
        return "R!"
class BadR:
    def __repr__(self):
        return 5
print(repr(R()), [R()], str(R()))
show("bad repr", repr, BadR())
l = [1]
l.append(l)
print(repr(l))
d = {}
d["self"] = d
print(repr(d))
