ba = bytearray(range(10))
print(list(ba[::2]), list(ba[::-3]))
ba[::2] = b"\xff" * 5
print(list(ba))
try:
    ba[::2] = b"\x00"
except ValueError as e:
    print(type(e).__name__, e)
del ba[::3]
print(list(ba))
ba[2:2] = b"\x07\x07"
print(list(ba))
ba[-1:] = [1, 2, 3]
print(list(ba))
ba[:] = b"reset"
print(ba)
ba[1:4] = bytearray(b"ES")
print(ba)
ba[0:0] = memoryview(b">>")
print(ba)
copy = ba.copy()
copy[0] = ord("<")
print(ba, copy)
print(bytearray(b"x") + b"y", b"y" + bytearray(b"x"), type(b"y" + bytearray(b"x")).__name__)
print(bytearray(b"abc") < bytearray(b"abd"), bytearray(b"a") == b"a")
