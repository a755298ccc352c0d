a = list(range(10))
a[2:5] = ["x"]
print(a)
a[2:3] = []
print(a)
a[:0] = ["start"]
a[len(a):] = ["end"]
print(a)
a[1:1] = "ab"
print(a)
a[::2] = range(len(a[::2]))
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
del a[::2]
print(a)
del a[-2:]
print(a)
b = [1, 2, 3]
b[5:10] = [4]
print(b)
b[-10:1] = [0]
print(b)
c = [1, 2, 3, 4]
c[::-1] = "abcd"
print(c)
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = [0, 1, 2]
d[1:2] = d
print(d)
