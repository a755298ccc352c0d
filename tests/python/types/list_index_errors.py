a = [10, 20, 30]
for i in (0, 2, -1, -3):
    print(i, a[i])
for i in (3, -4, 100):
    try:
        a[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[None:1]
    print("None bounds ok", a[None:1])
    a["a":]
except TypeError as e:
    print(type(e).__name__, e)
print(a[2 ** 100:], a[-(2 ** 100):1])
try:
    a[2 ** 100]
except IndexError as e:
    print(type(e).__name__, e)
print(a[True], a[False:True])
