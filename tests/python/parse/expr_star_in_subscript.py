# Starred items inside subscripts (3.11, PEP 646): obj[*a], obj[x, *a], obj[*a, *b].
class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, "=", value)


r = Recorder()
a = (1, 2)
b = [3]
print(r[*a])
print(r[0, *a])
print(r[*a, *b])
print(r[*a, 9, *b,])
print(r[*"xy"])
r[*b, 5] = "stored"
grid = {(0, 1, 2): "cell"}
print(grid[0, *range(1, 3)])
