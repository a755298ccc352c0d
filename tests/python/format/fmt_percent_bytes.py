print(b"%s %d %x" % (b"abc", 42, 255))
print(b"%5s|%-5s|" % (b"ab", b"cd"))
print(b"%c%c" % (65, b"B"))
print(b"%r" % "repr uses ascii", b"%a" % "é")
print(b"%(k)s" % {b"k": b"v"})
print(b"%.2f %e" % (3.14159, 1000.0))
print(b"%b" % b"bytes", b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
print(bytearray(b"%d-%d") % (1, 2))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%c" % 256
except OverflowError as e:
    print(type(e).__name__, e)
try:
    b"%c" % "x"
except TypeError as e:
    print(type(e).__name__, e)
print(b"%%" % (), b"%05d" % -3, b"%#o" % 8)
print(b"%i|%u" % (7, 8), b"%-4d|" % 5)
