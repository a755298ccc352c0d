t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single, len(single))
a, b, c = t
print(a, b, c)
nested = (1, (2, (3, (4,))))
print(nested[1][1][1][0], len(nested))
def pair():
    return "x", "y"
print(pair(), type(pair()).__name__)
x, y = pair()
print(x + y)
print(tuple(i * i for i in range(4)))
point = (3, 4)
print("x=%d y=%d" % point, "{}-{}".format(*point))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print((1, 2, 3)[::2], (1,) + (), () + ())
print({(1, 2): "tuple key"}[(1, 2)], (1, 2) in {(1, 2)})
print((*range(2), *"ab"), tuple.__name__)
