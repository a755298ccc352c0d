# builtins: round float (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for args in [(0.5,), (1.5,), (2.5,), (-0.5,), (-1.5,), (2.675, 2), (1.25, 1), (1.35, 1), (1e300, -400), (123.456, -1), (123.456, -2), (0.1 + 0.2, 10), (1e-300, 300), (float("inf"), 2), (-0.0, 1), (5e-324, 400), (1.5, None), (1234567.891, -3), (0.125, 2), (0.375, 2)]:
    print(args, repr(round(*args)))
show("inf", round, float("inf"))
show("nan", round, float("nan"))
show("nan digits", round, float("nan"), 2)
show("huge digits", round, 1.5, 2**100)
show("neg huge digits", round, 1.5, -2**100)
show("overflow", round, 1.7e308, -308)
show("kw", round, number=2.5)
show("kw digits", round, 2.567, ndigits=2)
show("bad kw", round, 2.5, digits=1)
show("noargs", round)
show("three", round, 1, 2, 3)
