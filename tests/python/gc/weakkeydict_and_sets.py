import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"K{self.n}"

wk = weakref.WeakKeyDictionary()
k1, k2 = K(1), K(2)
wk[k1] = "one"
wk[k2] = "two"
print(len(wk), wk[k1], sorted(v for v in wk.values()))
del k1
print(len(wk), list(wk.values()))

ws = weakref.WeakSet()
items = [K(i) for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws))
items.pop()
print(len(ws))
items.clear()
print(len(ws), list(ws))
