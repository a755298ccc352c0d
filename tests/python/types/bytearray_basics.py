ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[1], ba[-3:])
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b""
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 42)
ba.remove(ord(" "))
print(ba)
ba.reverse()
print(ba, ba.count(ord("o")), ba.find(b"o"))
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(65, 70)))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, e)
ba3 = bytearray(b"abc")
ba3 += b"def"
ba3 *= 2
print(ba3, ba3 == b"abcdefabcdef", bytes(ba3) is not ba3, ba3.upper(), type(ba3.upper()).__name__)
ba3.clear()
print(ba3, repr(bytearray(b"'q'")))
