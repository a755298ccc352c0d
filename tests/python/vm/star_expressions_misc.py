first, *_, last = range(10)
print(first, last)
print(*[1, 2, 3])
print(*"abc", sep="-")
print([*range(3)], (*range(3),), {*range(3)})
a = [1, 2]
b = (3, 4)
print([*a, *b, *a])
print({**{"x": 1}, "y": 2, **dict(z=3)})
print(max(*a, *b), min(*"hello"))
head, *body = "line1\nline2\nline3".split("\n")
print(head, body)
x = *a, 5
print(x)
def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*a, *b), f(*b, 9, 9), f(1, *[2, 3], 4))
print(f(*range(4)))
nested = [[1, 2], [3, 4]]
print([*nested[0], *nested[1]])
print(*(x ** 2 for x in range(4)))
