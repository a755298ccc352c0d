it = iter([1, 2, 3])
print(next(it))
for x in it:
    print("rest", x)
print(next(it, "done"))

lines = iter(["a", "b", "", "c"])
for line in iter(lambda: next(lines), ""):
    print("line", line)
print(list(lines))

e = enumerate("xy", 5)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(str.upper, "abc")
print(next(m), list(m))
f = filter(None, [0, 1, "", "a", None, []])
print(list(f))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r))
d = {"a": 1}
di = iter(d.items())
print(next(di), next(di, None))

class Once:
    def __init__(self):
        self.used = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.used:
            raise StopIteration
        self.used = True
        return "once"
print(list(Once()), [*Once(), *Once()])
