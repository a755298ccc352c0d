# functools.total_ordering and cmp_to_key.
from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Version(1))

def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
