# modifying a list while iterating over it (well-defined in CPython terms)
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)

# appending while iterating: the loop sees the new items
seen = []
queue = [1]
for x in queue:
    seen.append(x)
    if x < 20:
        queue.append(x * 3)
print(seen)

# iterating over a copy
data = [5, 6, 7]
for x in data[:]:
    data.append(x * 10)
print(data)

# dict changed size during iteration
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)

s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print(type(e).__name__, e)

# range object reused
r = range(3)
print([x for x in r], [x for x in r])
