# Iterators over str: type names, length hints, reversed, enumerate, and mixing with other iterables.
import operator
for s in ("abc", "é", "日本", "😀x", ""):
    it = iter(s)
    print(repr(s), type(it).__name__, operator.length_hint(it), list(it), operator.length_hint(it))
r = reversed("hello")
print(type(r).__name__, next(r), list(r), "".join(reversed("abc")))
print(list(enumerate("ab", 1)), list(zip("abc", "xy")), dict(zip("ab", range(2))), sorted("cab"), max("hello"), min("Hello"))
print(list(map(ord, "AZ")), "".join(filter(str.isupper, "aBcD")), set("aab") == {"a", "b"}, "b" in iter("abc"))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(*"spread", sep="-")
a, b, *c = "hello"
print(a, b, c)
