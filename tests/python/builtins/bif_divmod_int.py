# builtins: divmod int (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-2**70, 7), (5, 2**70), (True, 2)]:
    print(a, b, divmod(a, b))
show("zero", divmod, 1, 0)
show("big zero", divmod, 2**80, 0)
show("one arg", divmod, 1)
show("three args", divmod, 1, 2, 3)
show("str", divmod, 1, "a")
show("str left", divmod, "a", 1)
show("none", divmod, None, None)
show("kw", divmod, 1, b=2)
