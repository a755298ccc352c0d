for value in (5, "text", 3.5, b"raw", [1, 2], (3,), {"k": 1}, {7}, True, None):
    match value:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s.upper())
        case bytes(bb):
            print("bytes", bb)
        case list([a, b]):
            print("list of two", a, b)
        case tuple((x,)):
            print("1-tuple", x)
        case dict({"k": v}):
            print("dict with k", v)
        case set():
            print("a set", sorted(value))
        case _:
            print("fallback", value)

class Pt:
    __match_args__ = ("x",)
    def __init__(self, x, y=0):
        self.x, self.y = x, y

match Pt(1, 2):
    case Pt(1, y=2):
        print("positional plus keyword")
match Pt(5):
    case Pt(x=5, y=0):
        print("keywords only")
try:
    match Pt(1):
        case Pt(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
