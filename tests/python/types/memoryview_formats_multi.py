# memoryview casts between formats, shapes and item access, plus comparisons and errors.
import struct
data = bytearray(struct.pack("<4i", 1, -2, 3, -4))
m = memoryview(data).cast("i")
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m[-1], m[1:3].tolist())
m[0] = 100
print(struct.unpack("<4i", data))
b = memoryview(data).cast("b")
print(len(b), b[0], b[4], b.tolist()[:8])
grid = memoryview(bytearray(range(6))).cast("B", shape=[2, 3])
print(grid.shape, grid.strides, grid.ndim, grid.tolist(), grid[1, 2])
try:
    grid[0]
except NotImplementedError as e:
    print(type(e).__name__, e)
c = memoryview(b"abc").cast("c")
print(c[0], c.tolist(), c.format)
for fmt in ("q", "d", "?"):
    try:
        print(fmt, memoryview(bytes(8)).cast(fmt).tolist())
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
try:
    memoryview(bytes(7)).cast("i")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = 2 ** 40
except ValueError as e:
    print(type(e).__name__, e)
print(memoryview(b"ab") == b"ab", m == m, m.cast("B").tobytes() == bytes(data), m.hex()[:8])
