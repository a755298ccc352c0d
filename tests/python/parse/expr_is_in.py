# Membership and identity tests: in / not in on lists, strings, dicts, sets, ranges and
# custom __contains__; is / is not with None, singletons and shared objects.
class Evens:
    def __contains__(self, item):
        return item % 2 == 0


print(3 in [1, 2, 3], 3 not in (1, 2), "b" in "abc", "bc" in "abc", "" in "x")
print("k" in {"k": 1}, 1 in {"k": 1}, 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print(4 in Evens(), 5 in Evens(), 5 not in Evens(), not 4 in Evens())
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z, x is not z, None is None, ... is not None)
print(type(x) is list, type(x) is not tuple, (x is y) in [True])
values = [None, 0, False, ""]
print([v is None for v in values], [v in (None,) for v in values])
