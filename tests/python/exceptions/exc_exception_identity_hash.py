# Exceptions compare by identity, are hashable, usable in sets and dicts; re-raising keeps identity.
a = ValueError("same")
b = ValueError("same")
print(a == b, a == a, a != b, len({a, b, a}), {a: 1}[a])
seen = []
for exc in (a, b, a):
    try:
        raise exc
    except ValueError as e:
        seen.append(e)
print([s is a for s in seen], seen[0] is seen[2])
def reraise():
    try:
        raise a
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print(e is a)
errors = {}
for text in ("1", "x", "2", "y"):
    try:
        int(text)
    except ValueError as e:
        errors[text] = e
print(sorted(errors), [str(e) for e in errors.values()])
print(type(a).__eq__ is object.__eq__, type(a).__hash__ is object.__hash__)
