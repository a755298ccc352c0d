# dict keys/items views support set operations with any iterable; values views do not.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), sorted(a.keys() & ["x", "q"]))
print(a.keys() == {"x", "y", "z"}, a.keys() < {"x", "y", "z", "w"}, a.keys() <= a.keys(), a.items() >= {("x", 1)})
print(a.keys().isdisjoint(["q"]), a.items().isdisjoint(b.items()), ("x", 1) in a.items(), ("x", 2) in a.items())
print(type(a.keys() & b.keys()).__name__, type(a.keys() | []).__name__, sorted(["q"] | a.keys()), sorted({"x"} ^ a.keys()))
try:
    a.values() & b.values()
except TypeError as e:
    print(type(e).__name__, e)
print(a.values() == a.values(), len(a.values()), list(a.values()), 3 in a.values())
try:
    a.keys() & 5
except TypeError as e:
    print(type(e).__name__, e)
k = a.keys()
a["n"] = 0
print(list(k), len(k), list(reversed(k)), list(reversed(a.items()))[:2], list(reversed(a.values())))
print(repr(k), repr(a.items())[:30], repr({}.values()))
print(k.mapping == a if hasattr(k, "mapping") else None, dict(k.mapping) if hasattr(k, "mapping") else None)
try:
    a.items() | [1]
except TypeError as e:
    print(type(e).__name__, e)
