a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c)
print(None is None, type(None)() is None)
print(True is (1 == 1), NotImplemented is NotImplemented)
x = object()
print(x == x, x is x, x != object())

class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5)
print([AlwaysEqual()] == [1], AlwaysEqual() in [1, 2])

nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan])
t = (nan,)
print(t == t, t == (float("nan"),))
print("" == "", 0 == -0, 0.0 == -0.0)
print(1 == 1.0 == 1 + 0j, hash(1) == hash(1.0) == hash(1 + 0j))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0, 0.0, False, -0.0})
