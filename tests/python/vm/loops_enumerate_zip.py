names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ["nyc", "sf"]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=100):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(names, ages, cities)))
print(dict(zip(names, ages)))
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip(names, cities, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
for idx, (n, a) in enumerate(zip(names, ages)):
    print(idx, n.upper(), a + idx)
print(list(enumerate("")), list(zip()))
