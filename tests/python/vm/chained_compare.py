calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
n = None
print(1 == 1.0 == True, x is not n is not False) if (x := 1) else None
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print("short-circuit:", calls)
calls.clear()
print(v(1) < v(5) > v(2) != v(2))
print(calls)

x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]])
print("a" < "b" <= "b" < "c")
print([1, 2] < [1, 3] < [2])
print((1, "a") < (1, "b"))
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 == 2.0 > 1.5)
a = b = []
print(a is b is not None, a == b is a)
print(not 1 < 0, not (1 < 2 < 3))
