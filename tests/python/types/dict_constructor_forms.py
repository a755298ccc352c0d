# dict() from mappings, pairs, keywords, fromkeys, and the errors of malformed input.
print(dict(a=1, b=2), dict([("a", 1), ("b", 2)], c=3), dict({"a": 1}, a=2), dict(zip("xy", (1, 2))))
print(dict.fromkeys("abc"), dict.fromkeys(["k", "j"], 0), dict.fromkeys([]), dict([]), dict())
class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Keys()), {**Keys()} if False else dict(**{"z": 1}))
for arg in ([1, 2], [("a", 1, 2)], [("a",)], 5, ["ab", "c"]):
    try:
        print(dict(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
d = dict.fromkeys("ab", [])
d["a"].append(1)
print(d)
class D(dict):
    pass
print(type(D.fromkeys("x")).__name__, D(a=1), type(D(a=1) | {}).__name__, type({} | D(a=1)).__name__)
print(dict(["ab", "cd"]), dict([[1, 2]]), dict(((1, 2),), x=3) if False else dict([(1, 2)]))
