# builtins: memoryview release (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

m = memoryview(b"xyz")
print(m.released if hasattr(m, "released") else "?")
m.release()
m.release()
show("getitem", m.__getitem__, 0)
show("len", len, m)
show("tolist", m.tolist)
show("tobytes", m.tobytes)
show("obj", getattr, m, "obj")
print(repr(m)[:18])
with memoryview(b"ctx") as v:
    print(v.tobytes())
show("after with", v.tolist)
b = bytearray(b"12")
with memoryview(b) as v2:
    show("resize inside", b.extend, b"3")
b.extend(b"3")
print(b)
