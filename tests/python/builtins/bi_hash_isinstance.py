print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(-1), hash((1, 2)) == hash((1, 2)))
print(hash(()) == hash(tuple()), hash("a") == hash("a"), hash(frozenset()) == hash(frozenset()))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1.5), hash(-1.5), hash(0.1))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))))
print(isinstance("s", object), isinstance(None, type(None)), isinstance(int, type), isinstance([], (list | dict)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("anything", Magic), isinstance(5, Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(Magic(), Magic))
