# struct: pack/unpack/calcsize with native and standard sizes, floats (e, f, d), strings,
# Struct objects, and struct.error messages.
import struct

print(struct.pack("<i", -2), struct.pack(">HhBb?", 1, -1, 255, -128, True), struct.pack("3s", b"abcdef"))
print(struct.pack("<d", 1.5), struct.pack("<f", 0.1), struct.pack("<e", 1.0), struct.pack(">d", -0.0))
print(struct.calcsize("i"), struct.calcsize("ci"), struct.calcsize("<ci"), struct.calcsize("@qh"), struct.calcsize("5s2i"))
print(struct.pack("ci", b"x", 1), struct.pack("<5p", b"ab"), struct.pack("!I", 7), struct.pack("<Q", 2**64 - 1))
print(struct.unpack("<ihb", b"\x01\x00\x00\x00\x02\x00\x03"), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.unpack("2xH", b"\0\0\1\0"), list(struct.iter_unpack("<h", b"\1\0\2\0")), struct.unpack("<?", b"\x02"))
for value in [0.0, 1.0, -2.5, 3.141592653589793, 1e-310, 65504.0, 1e300, float("inf"), -float("inf"), 5e-324, 6e-8]:
    row = [struct.pack("<d", value).hex()]
    for code in "fe":
        try:
            packed = struct.pack("<" + code, value)
            row.append((packed.hex(), struct.unpack("<" + code, packed)[0]))
        except OverflowError as e:
            row.append(str(e))
    print(value, row, struct.unpack("<d", struct.pack("<d", value))[0] == value)
print(struct.unpack("<d", struct.pack("<d", float("nan")))[0], struct.pack(">e", float("nan")).hex())
for args in [("<i", 2**31), ("<B", -1), ("<i", "x"), ("<h",), ("<z", 1), ("<i", 1, 2), ("c", b"ab"),
             ("<q", 2**63), ("<f", 1e300), ("<I", -1), ("<n", 1), ("h", 2**40), ("H", 70000), ("d", "x"), ("s", 1)]:
    try:
        struct.pack(*args)
    except (struct.error, OverflowError) as e:
        print(args, type(e).__name__, e)
try:
    struct.unpack("<i", b"ab")
except struct.error as e:
    print(e)
s = struct.Struct("<2h")
print(s.size, s.format, s.unpack(s.pack(1, 2)), struct.error.__module__, repr(s).startswith("<_struct.Struct object at"))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 5, -5)
print(buf, struct.unpack_from("<hh", buf, 2))
header = struct.pack("<4sIH", b"GPY1", 1024, 7)
magic, size, version = struct.unpack("<4sIH", header)
print(header, magic, size, version)
