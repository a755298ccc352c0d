# Starred expressions: unpacking in calls (several * and **), in list, tuple and set
# displays, dict displays with **, assignment and for targets, return and subscripts.
def show(*args, **kwargs):
    return f"args={args} kwargs={dict(sorted(kwargs.items()))}"


a, b = [1, 2], (3, 4)
d1, d2 = {"x": 1}, {"y": 2}
print(show(*a))
print(show(0, *a, 5, *b, *"xy"))
print(show(**d1, **d2, z=3))
print(show(*a, key="v", *b, **d1))

print([*a, *b], (*a, *b), {*a, *b, 1}, (*a,))
print({**d1, "z": 0, **d2, "x": 99})
print([*range(3), *"ab", *{5: None}])

first, *rest = *a, *b
print(first, rest)
[*all_of_them] = "xyz"
print(all_of_them)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)


def spread():
    return *a, *b


print(spread())
t = *a, 9
print(t)
matrix = {(1, 2, 3): "found"}
idx = (2, 3)
print(matrix[1, *idx])
print(*[1, 2, 3], sep="-")
print(*"")
