first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything)
head, *tail = iter([9])
print(head, tail)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)

print([*range(3), *"ab"])
print((*[1], *[2, 3]))
print({*[1, 2], *[2, 3]})
print({**{"a": 1}, **{"b": 2}, "a": 3})

def f(*args):
    return args
print(f(*[1, 2], 3, *(4, 5)))
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print(type(rest).__name__, type(everything).__name__)
