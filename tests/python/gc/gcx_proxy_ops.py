# weakref.proxy forwards attributes, operators, len, items, calls; a dead proxy raises ReferenceError.
import weakref
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __add__(self, other):
        return Box(self.items + other)
    def __call__(self, x):
        return x * 2
    def __str__(self):
        return "Box%s" % self.items
b = Box([1, 2, 3])
p = weakref.proxy(b)
print(len(p), p[1], 2 in p, (p + [4]).items, p(21), str(p), p.items)
p.extra = "set through proxy"
print(b.extra, type(p).__name__, callable(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
del b
for op in (lambda: p.items, lambda: len(p), lambda: str(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError", e)
