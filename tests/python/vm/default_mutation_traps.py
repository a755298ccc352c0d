def append_item(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_item(1), append_item(2))

def bad_append(item, target=[]):
    target.append(item)
    return target
r1 = bad_append(1)
r2 = bad_append(2)
print(r1, r2, r1 is r2)

def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print(counter(), counter(), counter())

def dict_default(d={}):
    d[len(d)] = len(d)
    return d
print(dict_default(), dict_default({}))
print(dict_default.__defaults__)

a = [[1, 2], [3]]
shallow = list(a)
deep = [list(inner) for inner in a]
a[0].append(99)
print(shallow, deep)
b = a[:]
b.append("new")
print(len(a), len(b))
