x = 10
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)

class O:
    pass
o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print("AttributeError", e)

a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())

nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
