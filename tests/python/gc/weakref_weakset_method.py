# WeakSet drops members when they die; WeakMethod refers to a bound method without keeping it alive.
import weakref
class Item:
    def __init__(self, n):
        self.n = n
    def show(self):
        return f"item {self.n}"
items = [Item(i) for i in range(4)]
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, Item(9) in ws)
del items[1:3]
print(len(ws), sorted(i.n for i in ws))
ws.add(items[0])
print(len(ws))
items.clear()
print(len(ws), list(ws))
it = Item(7)
wm = weakref.WeakMethod(it.show)
print(wm()(), wm() == it.show)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
r = weakref.ref(it.show)
print(r())
del it
print(wm())
