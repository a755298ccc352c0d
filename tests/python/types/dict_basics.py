d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "c" in d, 3 in d)
print(dict(), dict(x=1), dict([("k", "v"), ("k2", "v2")]), dict({"z": 0}, y=1), dict(zip("ab", [1, 2])))
print(d.get("a"), d.get("zz"), d.get("zz", "default"))
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t", "s": [1]})
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, {"a": 1} != {"a": 1.0})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(repr({}), str({"k": "v"}), repr({1: {2: {}}}))
