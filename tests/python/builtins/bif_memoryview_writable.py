# builtins: memoryview writable (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

buf = bytearray(b"hello")
m = memoryview(buf)
print(m.readonly)
m[0] = 72
print(buf)
m[1:3] = b"EY"
print(buf, m.tolist())
show("value range", m.__setitem__, 0, 256)
show("value type", m.__setitem__, 0, "a")
show("size mismatch", m.__setitem__, slice(0, 2), b"abc")
show("delete", m.__delitem__, 0)
show("resize while exported", buf.append, 33)
show("hash writable", hash, m)
sub = m[1:4]
sub[0] = ord("z")
print(buf)
m.release()
sub.release()
buf.append(33)
print(buf)
