# list() from all kinds of iterables, and the errors for non-iterables and keywords.
print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.items()), list(range(3)), list(b"hi"))
print(list(x * 2 for x in range(3)), list(map(abs, [-1, -2])), list(reversed([1, 2])), list(enumerate("xy")))
print(sorted(list({3, 1, 2})), list(iter([5])), list(zip([1], [2])), list(memoryview(b"ab")))
for bad in (5, None, 1.5, print):
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
src = [1, [2]]
copy = list(src)
print(copy == src, copy is src, copy[1] is src[1])
class L(list):
    pass
x = L([1, 2])
print(type(x).__name__, x, type(x + [3]).__name__, type(x[:]).__name__, type(x * 2).__name__, type(list(x)).__name__)
class Gen:
    def __iter__(self):
        yield "a"
        yield "b"
print(list(Gen()), [*Gen(), *"cd"])
