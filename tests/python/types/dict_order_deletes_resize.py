# Insertion order survives deletions, re-insertions, growth and shrinking.
d = {}
for i in range(20):
    d[f"k{i}"] = i
for i in range(0, 20, 2):
    del d[f"k{i}"]
print(list(d)[:5], len(d))
d["k0"] = "back"
print(list(d)[-2:], list(d.values())[-1])
d["k1"] = "updated in place"
print(list(d)[0], d["k1"])
for i in range(1000):
    d[i] = i
for i in range(1000):
    del d[i]
print(list(d)[:3], len(d), list(d)[-1])
e = dict.fromkeys("abcde")
e.pop("b")
e.popitem()
e["b"] = 1
print(list(e))
f = {1: "a", 2: "b"}
f[1] = f.pop(1)
print(list(f))
g = {"x": 1, "y": 2}
g.update({"x": 3, "z": 4})
print(g, list(reversed(g)))
h = {i: i for i in range(5)}
print({k: h[k] for k in sorted(h, reverse=True)}, dict(sorted(h.items(), key=lambda kv: -kv[1])))
