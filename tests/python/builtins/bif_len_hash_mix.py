# builtins: len hash mix (Glasspy conformance test)
data = {"x": [1, 2, 3], "y": "hello", "z": (4, 5)}
for k in sorted(data):
    v = data[k]
    print(k, len(v), hash(k) == hash(str(k)), isinstance(v, (list, tuple)))
print(sum(len(v) for v in data.values()), max(data, key=lambda k: len(data[k])), min(data.values(), key=len))
print(sorted(data.items(), key=lambda kv: len(kv[1]), reverse=True))
print(any(isinstance(v, str) for v in data.values()), all(len(v) > 1 for v in data.values()))
