people = [("alice", 31, "nyc"), ("bob", 25, "sf"), ("carol", 31, "la"), ("dave", 25, "nyc")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(min(people, key=lambda p: len(p[0])), max(people, key=lambda p: p[1]))

def by_field(index):
    return lambda record: record[index]

print([p[0] for p in sorted(people, key=by_field(2))])
make_multiplier = lambda k: lambda x: x * k
triple = make_multiplier(3)
print(triple(7), list(map(make_multiplier(2), [1, 2, 3])))
actions = {"inc": lambda v: v + 1, "dbl": lambda v: v * 2, "neg": lambda v: -v}
value = 5
for name in ("inc", "dbl", "neg", "dbl"):
    value = actions[name](value)
print(value)
print((lambda *a, **k: (len(a), sorted(k)))(1, 2, x=3))
