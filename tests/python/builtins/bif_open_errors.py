# builtins: open errors (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
except OSError as e:
    print("other", e)
show("bad mode", open, "x.txt", "z")
show("two kinds", open, "x.txt", "rw")
show("text and binary", open, "x.txt", "rbt")
show("bad name", open, 1.5)
show("missing", open)
show("mode int", open, "x.txt", 5)
