# Permutations, combinations and the power set generated recursively with yield from,
# next permutation in lexicographic order, and counting with math.comb/perm.
import math


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (item, *rest)


def combinations(items, k):
    if k == 0:
        yield ()
    elif len(items) >= k:
        first, *rest = items
        yield from ((first, *combo) for combo in combinations(rest, k - 1))
        yield from combinations(rest, k)


def power_set(items):
    for k in range(len(items) + 1):
        yield from combinations(items, k)


def next_permutation(seq):
    a = list(seq)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a


print(["".join(p) for p in permutations("abc")])
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(range(10), 3))))
print(list(power_set("xyz")))
p, order = [1, 2, 3], []
while p:
    order.append("".join(map(str, p)))
    p = next_permutation(p)
print(order)
print(math.comb(10, 3), math.perm(5, 2), math.factorial(6), len(list(permutations(list(range(6))))))
