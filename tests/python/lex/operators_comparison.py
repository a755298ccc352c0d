# Comparison operators, including chains: < > <= >= == != is in.
def classify(n):
    if 0 < n < 10:
        return "small"
    elif 10 <= n <= 99:
        return "medium"
    elif n >= 100 and n != 1000:
        return "large"
    elif n == 1000:
        return "thousand"
    return "other"


for n in (5, 10, 99, 100, 1000, -1):
    print(n, classify(n))
print(1 < 2 > 1, 3 > 2 > 1 > 0, 1 <= 1 >= 1, 1 == 1.0 != 2)
one = 1
print(None is None, one is not None, 2 in [1, 2], 3 not in (1, 2))
print("abc" < "abd", [1, 2] < [1, 3], (1, 2) >= (1, 2))
