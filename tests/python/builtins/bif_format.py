# builtins: format (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format("abc", ">6"), format(1234567, ","))
print(repr(format(12)), repr(format(1.5)), repr(format("s")), repr(format(None)), repr(format([1, 2])))
print(repr(format(3, "")), repr(format(True)), repr(format(True, "d")), repr(format(1j, ".1f")))
show("spec int", format, 1, 2)
show("bad code str", format, "a", "d")
show("bad code int", format, 1, "s")
show("object spec", format, object(), "x")
show("noargs", format)
show("three", format, 1, "d", 3)
show("kw", format, value=1)
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
class BadF:
    def __format__(self, spec):
        return 5
print(format(F()), format(F(), "xyz"), f"{F():abc}")
show("bad return", format, BadF())
show("bad return spec", format, BadF(), "q")
