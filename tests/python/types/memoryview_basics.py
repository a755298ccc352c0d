b = b"abcdef"
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m))
print(m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
try:
    m[0] = 65
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.readonly, bytes(mv[::2]), mv.hex())
print(m == b"abcdef", m[1:3] == b"bc", m.obj is b)
sub = mv[1:4]
print(bytes(sub), sub.tolist())
mv.release()
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print(bytes(memoryview(b"xyz")[::-1]), list(memoryview(b"\x01\x02")))
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
