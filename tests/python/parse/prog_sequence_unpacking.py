# Sequence unpacking in depth: swaps, rotations, nested and starred targets, unpacking
# strings, dicts, generators and ranges, and the errors for wrong lengths.
a, b, c = "xyz"
a, b, c = c, a, b
print(a, b, c)
head, *body, tail = range(7)
print(head, body, tail)
(x, y), [z, *w] = {"k": 1, "j": 2}, (n * n for n in range(4))
print(x, y, z, w)
*init, (p, q) = [1, 2, (3, 4)]
print(init, p, q)
first, second, *_ = "ab"
print(first, second, _)
for label, (lo, hi) in {"low": (0, 9), "high": (10, 99)}.items():
    print(label, lo, hi)
matrix = [[1, 2, 3], [4, 5, 6]]
(r0c0, *_), (*_, r1c2) = matrix
print(r0c0, r1c2)
for bad in ("ab", "abcd"):
    try:
        one, two, three = bad
    except ValueError as err:
        print("ValueError:", err)
try:
    left, *mid, right = [1]
except ValueError as err:
    print("ValueError:", err)
numbers = [5, 6, 7]
numbers[0], numbers[2] = numbers[2], numbers[0]
print(numbers, [*numbers[1:], numbers[0]])
