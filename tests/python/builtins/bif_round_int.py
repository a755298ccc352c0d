# builtins: round int (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for args in [(5,), (5, 0), (15, -1), (25, -1), (35, -1), (-15, -1), (-25, -1), (1234, -2), (1250, -2), (1350, -2), (7, 3), (2**70, -20), (5, -1), (4, -100), (True,), (False, 2)]:
    print(args, repr(round(*args)))
show("none digits", round, 5, None)
show("str digits", round, 5, "1")
show("float digits", round, 5, 1.0)
