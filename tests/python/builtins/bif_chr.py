# builtins: chr (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for c in [0, 65, 97, 127, 128, 255, 256, 0x20ac, 0xffff, 0x10000, 0x10ffff]:
    print(c, repr(chr(c)))
show("neg", chr, -1)
show("too big", chr, 0x110000)
show("huge", chr, 2**40)
show("huger", chr, 2**80)
show("float", chr, 65.0)
show("str", chr, "A")
show("bool", chr, True)
show("noargs", chr)
class I:
    def __index__(self):
        return 66
show("index", chr, I())
