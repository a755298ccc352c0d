# Comparison operators, alone and chained: <, <=, >, >=, ==, !=, in, not in, is, is not;
# a chain evaluates each operand once and stops at the first false link.
def noisy(label, value):
    print("  eval", label)
    return value


a, b, c = 1, 5, 10
print(a < b < c, a < b > c, a <= 1 <= b, c >= b >= a, a == 1 != b)
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "z" not in "hello")
none = None
print(none is None, none is not None, a is not b, not a is b)
print(a < b in [True] or "chain with in", 1 < 3 not in [2, 3])
print(noisy("first", 1) < noisy("second", 0) < noisy("third (skipped)", 2))
print(noisy("x", 1) < noisy("y", 2) < noisy("z", 3))
x = [1, 2]
y = x
print(x is y is not None, [1] == [1] is not True, (x == y) is True)
print(sorted(["b", "a"]) == ["a", "b"] != ["b", "a"])
print(0 == 0.0 == 0j == False, "a" < "b" <= "b" < "c")
print(not 1 == 2, not (1 < 2 < 3), 1 if 2 < 3 else 0)
