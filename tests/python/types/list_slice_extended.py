# Extended slices of lists: reading, assignment with steps, deletion, and size mismatch errors.
l = list(range(10))
print(l[::2], l[1::3], l[::-1], l[-2::-2], l[8:2:-2], l[100:], l[-100:3], l[3:3], l[5:2])
l[::2] = "abcde"
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[::3] = 5
except TypeError as e:
    print(type(e).__name__, e)
del l[::3]
print(l)
del l[-1::-2]
print(l)
l[1:3] = []
print(l)
l[:0] = [7, 8]
l[len(l):] = (9,)
l[2:2] = "xy"
print(l)
l[::-1] = l[:]
print(l)
l[3:1] = ["in"]
print(l)
l[:] = range(3)
print(l)
l[::1] = [5, 6]
print(l)
a = [1, 2, 3]
a[1:2] = a
print(a)
print(l[slice(None, None, -1)], l[slice(1, None)])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[1:2:0] = []
except ValueError as e:
    print(type(e).__name__, e)
