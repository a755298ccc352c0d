# bytearray in-place operations: append/extend/insert/pop/remove, slice assignment, and their errors.
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
ba.insert(0, 62)
ba.insert(-1, 45)
ba.insert(100, 46)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba, ba.count(b"l"), ba.index(b"o"))
ba[0:2] = b"XYZ"
ba[-1] = 0x7A
del ba[1]
del ba[::3]
print(ba)
ba[::2] = b"#" * len(ba[::2])
print(ba, ba.reverse(), ba, ba.copy() == ba, ba.copy() is ba)
ba += b"!!"
ba *= 2
print(ba)
for f in (lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append("a"), lambda: ba.remove(200),
          lambda: bytearray().pop(), lambda: ba.__setitem__(0, 300), lambda: ba.__setitem__(slice(0, 4, 2), b"abc"),
          lambda: ba.extend([1, "x"]), lambda: ba.extend(5), lambda: ba.index(b"qq"), lambda: ba.__getitem__(99)):
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
ba.clear()
print(ba, bytearray(b"abc") == b"abc", bytearray(b"a") < b"b", b"abc" == bytearray(b"abc"))
print(bytearray(b"x") + b"y", type(b"y" + bytearray(b"x")).__name__, bytearray(4), bytearray("hé", "utf-8"))
