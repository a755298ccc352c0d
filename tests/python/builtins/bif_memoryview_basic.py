# builtins: memoryview basic (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

m = memoryview(b"abcdef")
print(m.tolist(), m.tobytes(), len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.ndim, m.nbytes, m.shape, m.strides)
print(m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[4:1].tolist(), m.obj, list(m)[:2])
print(m == b"abcdef", m == b"abc", m[1:3] == memoryview(b"bc"), m != b"x", m.hex(), bytes(m[2:4]))
print(hash(memoryview(b"ab")) == hash(b"ab"))
show("index error", m.__getitem__, 10)
show("neg index error", m.__getitem__, -7)
show("str key", m.__getitem__, "a")
show("set readonly", m.__setitem__, 0, 1)
show("bad arg", memoryview, 5)
show("str arg", memoryview, "abc")
show("noargs", memoryview)
print(type(m).__name__, type(m[1:]).__name__)
