# str.format field names: positional, keyword, indexing (int and str keys), attribute chains.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["a", "b"]
    def __repr__(self):
        return "Point()"
p = Point(3, 4)
data = {"name": "Ada", "langs": ["en", "fr"], "1": "string key", 1: "int key"}
print("{0.x},{0.y} {0.tags[1]} {0!r}".format(p))
print("{d[name]} {d[langs][0]} {d[1]} {d[-1]}".format(d={**data, "-1": "neg"}))
print("{0[0]}{0[2]}{1[1]}".format("abc", (7, 8)))
print("{p.x:>4}|{p.y:<4}|{p.tags!s:^14}".format(p=p))
print("{} {} {}".format(*"xyz"), "{2}{1}{0}".format(*"xyz"), "{0}{0}{1}".format("a", "b"))
print("{:{}}|{:{}{}}".format("w", 4, 7, ">", 3), "{0:{1}.{2}f}".format(3.14159, 10, 2))
for fmt, args, kwargs in (("{0.missing}", (p,), {}), ("{0[5]}", ("abc",), {}), ("{name}", (), {}), ("{1}", ("a",), {}),
                          ("{0[x]}", ([1],), {}), ("{d[nokey]}", (), {"d": {}}), ("{0.}", (p,), {}), ("{0[}", (1,), {}),
                          ("{!r}", (1,), {}), ("{0!x}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {})):
    try:
        print(fmt.format(*args, **kwargs))
    except (AttributeError, IndexError, KeyError, TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0[1]}".format({1: "int", "1": "str"}), "{0[01]}".format({"01": "text", 1: "num"}))
