print(list(range(5)))
print(list(range(2, 8)))
print(list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)))
print(list(range(-5, 5, 4)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
r = range(0, 100, 7)
print(len(r), r[3], r[-1], 49 in r, 50 in r, r.index(21), r.count(14))
print(r[2:5], r[::-1][:3])
print(list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
big = range(10 ** 20)
print(len(range(0, 10 ** 6, 3)), big[-1], 10 ** 19 in big)
for x in range(2):
    for y in range(x, 3):
        print((x, y), end="")
print()
