a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, [0] * 0, [[]] * 3, a * -1)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
print(a == [1, 2, 3], a != [1, 2], a < [1, 3], a > [1, 2], [] < [0], [1, [2]] == [1, [2]])
print(2 in a, 5 not in a, len(a), max(a), min(a), sum(a))
print(list("abc"), list(range(3)), list((1, 2)), list({1: "a"}), list(), list(x * 2 for x in a))
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b)
try:
    a + (5,)
except TypeError as e:
    print(type(e).__name__, e)
a += (5,)
print(a)
try:
    a * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(a[1], a[-1], a[1:3], a.__len__(), a.__getitem__(0), a.__contains__(3))
print(repr([1, "a", None, 1.5, [2]]), str(["x"]))
r = [1]
r.append(r)
print(r, [r, r])
