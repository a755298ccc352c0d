# memoryview over bytes and bytearray: slicing shares memory, tobytes/tolist, cast, release.
ba = bytearray(b"abcdefgh")
m = memoryview(ba)
print(m[0], m[-1], m[2:5].tobytes(), m[::2].tolist(), bytes(m[1:3]), len(m), m.readonly, m.nbytes, m.itemsize, m.format)
m[0] = ord("A")
m[1:3] = b"BC"
print(ba, m.tobytes(), m.hex(), m[::-1].tobytes())
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
c = memoryview(bytearray(range(8))).cast("H")
print(c.format, c.itemsize, len(c), c.tolist() == [0x100, 0x302, 0x504, 0x706] or c.tolist(), c.shape, c.ndim, c.strides)
print(m == b"ABCdefgh", m == ba, memoryview(b"ab") == memoryview(b"ab"), m[1:3] == b"BC")
with memoryview(b"released") as r:
    print(r.tobytes())
try:
    r[0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
mm = memoryview(b"abc")
print(mm.obj, mm.toreadonly().readonly, mm.contiguous, mm.c_contiguous, list(mm), 98 in mm)
