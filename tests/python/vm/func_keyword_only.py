def kw(a, *, b, c=5):
    return a + b + c

print(kw(1, b=2))
print(kw(1, c=10, b=2))
for call in (lambda: kw(1, 2), lambda: kw(1), lambda: kw(1, b=2, d=3), lambda: kw(b=1, c=2)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

def star(*args, sep="-"):
    return sep.join(map(str, args))

print(star(1, 2, 3))
print(star(1, 2, 3, sep="+"))
print(star())

def only_kw(*, x, y):
    return x * y

print(only_kw(y=3, x=4))
try:
    only_kw(1, 2)
except TypeError as e:
    print(e)
try:
    only_kw(x=1)
except TypeError as e:
    print(e)
try:
    only_kw()
except TypeError as e:
    print(e)
