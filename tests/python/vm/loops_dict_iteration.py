scores = {"ann": 90, "bob": 72, "cy": 85}
for name in scores:
    print(name, end=" ")
print()
for name, score in scores.items():
    print(f"{name}={score}", end=" ")
print()
for score in scores.values():
    print(score, end=" ")
print()
for name in sorted(scores, key=scores.get, reverse=True):
    print(name, scores[name])
for i, (k, v) in enumerate(scores.items()):
    print(i, k, v)

scores["dee"] = 60
del scores["bob"]
scores["bob"] = 75
print(list(scores))
inverted = {}
for k, v in scores.items():
    inverted.setdefault(v >= 80, []).append(k)
print(inverted)
for k in list(scores):
    if scores[k] < 80:
        del scores[k]
print(scores)
print(list(reversed(scores)), list(reversed(scores.items())))
