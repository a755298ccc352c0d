d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 0
print(list(d))
del d["banana"]
d["banana"] = 1
print(list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(list(d2), list(d2.items()), sorted(d2))
d2.pop(1)
d2[1] = "again"
print(d2)
m = {**{"z": 1, "y": 2}, "x": 3, "z": 4}
print(m)
print(list({"b": 1} | {"a": 2, "b": 3}))
print([k for k in dict.fromkeys("mississippi")])
ordered = dict(sorted({"c": 3, "a": 1, "b": 2}.items()))
print(ordered, list(reversed(ordered.items())))
p = {"k1": 1, "k2": 2, "k3": 3}
print(p.popitem(), p.popitem(), p)
