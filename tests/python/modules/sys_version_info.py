# sys.version_info as a named tuple.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial)
print(v >= (3, 8), v < (4,), v[0] == v.major, len(v))
print(type(v).__name__, isinstance(v, tuple))
print(sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x30B)
major, minor, *rest = v
print(major, minor, len(rest))
try:
    type(v)()
except TypeError as e:
    print(e)
