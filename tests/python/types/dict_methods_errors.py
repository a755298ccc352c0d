# get/pop/popitem/setdefault/update and the errors they raise.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("n"), d)
print(d.pop("n"), d.pop("z", "dflt"), d.popitem(), d)
for f in (lambda: d.pop("zz"), lambda: {}.popitem(), lambda: d["missing"], lambda: d.update(5), lambda: d.update([1]),
          lambda: d.get(), lambda: d.pop(), lambda: d.setdefault(), lambda: d.update({}, {}), lambda: d.get([], 1),
          lambda: d.fromkeys(), lambda: {}.pop((1, 2))):
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e, e.args)
d.update({"x": 10}, y=11)
d.update([("z", 12)])
d.update(w=13)
print(d, len(d), list(d), "x" in d, 10 in d)
d2 = d.copy()
d2["a"] = 100
print(d["a"], d2["a"], d2 == d, d2 != d, {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    d < d2
except TypeError as e:
    print(type(e).__name__, e)
d.clear()
print(d, d.popitem() if d else "empty")
print({1: "a", 2: "b"}.items().__len__(), {}.get("k", []), dict(a=None).get("a", 5))
