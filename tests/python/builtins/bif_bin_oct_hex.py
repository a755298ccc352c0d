# builtins: bin oct hex (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for n in [0, 1, -1, 10, -10, 255, 2**64, -2**70, 2**47, -2**47]:
    print(n, bin(n), oct(n), hex(n))
show("bin float", bin, 1.0)
show("oct str", oct, "7")
show("hex none", hex, None)
show("bin bool", bin, True)
show("hex noargs", hex)
show("oct two", oct, 1, 2)
class Idx:
    def __index__(self):
        return 42
show("bin index", bin, Idx())
show("hex index", hex, Idx())
class BadIdx:
    def __index__(self):
        return "no"
show("bad index", hex, BadIdx())
