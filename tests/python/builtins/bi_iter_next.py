it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
values = [3, 2, 1, 0, 5]
pos = 0
def reader():
    global pos
    pos += 1
    return values[pos - 1]
print(list(iter(reader, 0)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
s = iter("xy")
print(iter(s) is s, list(s), list(s))
print(next(iter({"k": 1})), next(iter(range(5, 10))), next(reversed([1, 2])))
