d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
print(len(keys), list(values), ("d", 4) in items, "a" in keys, 4 in values)
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(sorted(items & {("a", 1), ("b", 99)}), keys == {"a", "b", "c", "d"}, keys <= {"a", "b", "c", "d", "e"})
print(keys.isdisjoint({"x"}), items.isdisjoint([("a", 2)]))
print(list(reversed(keys)), list(reversed(values)), list(reversed(items))[0])
print(values == values, d.values() == d.values())
print(keys.mapping, type(keys).__name__, type(items).__name__)
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in keys:
        d["new" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print({"x": 1}.items() == {("x", 1)}, list({"k": [1]}.values()))
