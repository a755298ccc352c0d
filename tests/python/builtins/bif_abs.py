# builtins: abs (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

show("int", abs, -7)
show("zero", abs, 0)
show("float", abs, -2.5)
show("negzero", abs, -0.0)
show("inf", abs, float("-inf"))
show("bool", abs, True)
show("big", abs, -2**100)
show("complex", abs, 3+4j)
show("str", abs, "x")
show("none", abs, None)
show("noargs", abs)
show("twoargs", abs, 1, 2)
show("kw", abs, x=1)
show("list", abs, [1])
print(abs(-(2**47)), abs(-(2**47) + 1), abs(2**63), abs(-2**63))
