# builtins: pow (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 0.5), pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(2, -1, 5), pow(-3, 3, 7), pow(2, 0, 1), pow(7, 2, -5))
print(pow(base=2, exp=5), pow(2, exp=5, mod=7), pow(2, 5, None))
show("mod zero", pow, 2, 3, 0)
show("no inverse", pow, 2, -1, 4)
show("float mod", pow, 2.0, 3, 5)
show("float mod3", pow, 2, 3, 5.0)
show("zero neg", pow, 0, -1)
show("zero neg float", pow, 0.0, -1)
show("neg frac", pow, -8, 1/3)
show("overflow", pow, 10.0, 400)
show("one arg", pow, 2)
show("four args", pow, 1, 2, 3, 4)
show("dup", pow, 2, 3, base=2)
show("bad kw", pow, 2, 3, modulo=5)
show("str", pow, "a", 2)
show("str mod", pow, 2, 3, "x")
