a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "fg"
print(f, g)
h, = [42]
print(h)
x = y = z = 0
print(x, y, z)
i, j, k = range(3)
print(i, j, k)
for (p, q), r in [((1, 2), 3), ((4, 5), 6)]:
    print(p, q, r)
d = {"one": 1, "two": 2}
k1, k2 = d
print(k1, k2)
(v1, v2), = [d.values()]
print(v1, v2)
lst = [0, 0, 0]
lst[0], lst[2] = "L0", "L2"
print(lst)
class Obj:
    pass
o = Obj()
o.a, o.b = 5, 6
print(o.a, o.b)
m, n = n, m = 7, 8
print(m, n)
s = "xy"
s1, s2 = s
print(s1 + s2)
