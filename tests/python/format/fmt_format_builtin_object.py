# format(obj, spec) with object.__format__: an empty spec uses str(); a non-empty one is a TypeError.
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), format(Plain(), ""), f"{Plain()}", "{}".format(Plain()), "{:}".format(Plain()))
for spec in ("s", ">10", "x"):
    try:
        format(Plain(), spec)
    except TypeError as e:
        print(repr(spec), type(e).__name__, e)
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(None), format(None, ""), format([1, 2]), format((1,)), format({"a": 1}), format(type))
for v in (None, [1], (), {}):
    try:
        format(v, "^5")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(format("x"), format(3), format(3.0), format(b"x"), format(1j))
try:
    format(b"x", "5")
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(Plain(), ""), type(format(Plain())).__name__)
