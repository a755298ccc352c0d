# builtins: divmod float (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for a, b in [(7.5, 2), (-7.5, 2), (7, 2.5), (-1e300, 3.0), (0.0, -1.0), (-0.0, 1.0), (1.0, float("inf")), (-1.0, float("inf"))]:
    print(a, b, divmod(a, b))
show("zero", divmod, 1.0, 0)
show("int by zero float", divmod, 1, 0.0)
show("nan", divmod, float("nan"), 1.0)
show("complex", divmod, 1j, 1)
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
show("dunder", divmod, D(), 3)
show("rdunder", divmod, 3, D())
class NI:
    def __divmod__(self, other):
        return NotImplemented
show("not implemented", divmod, NI(), 3)
