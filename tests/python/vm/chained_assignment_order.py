log = []
class Rec:
    def __init__(self, name):
        object.__setattr__(self, "name", name)
    def __setitem__(self, key, value):
        log.append(f"{self.name}[{key}]={value}")
    def __setattr__(self, attr, value):
        log.append(f"{self.name}.{attr}={value}")
        object.__setattr__(self, attr, value)

a, b = Rec("a"), Rec("b")
a[1] = b[2] = "v"
print(log)
log.clear()
a.x = b.y = 5
print(log)
log.clear()
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
arr2 = [0, 0, 0]
try:
    j = arr2[j] = 1
except NameError as e:
    print("unexpected:", e)
print("targets are assigned left to right:", j, arr2)
k = 0
k = arr[k] = 2
print(k, arr)
