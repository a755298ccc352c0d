d = {"x": 1, "y": 2}
print(d.setdefault("x", 100), d.setdefault("z", 3), d.setdefault("w"), d)
print(d.pop("w"), d.pop("nope", "fallback"), d)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"])
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2, "c": 3})))
