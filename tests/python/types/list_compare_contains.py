# Lexicographic list comparison, == across types, and membership by identity-then-equality.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9], [1, 2] == [1, 2], [1] == [1.0], [1] == (1,))
print([[1, 2], [1]] < [[1, 2], [2]], ["a", 1] < ["b", "x"], [1, "x"] == [1, "x"], [1, 2] != [2, 1])
for a, b in (([1, "a"], [1, 2]), ([None], [None]), ([1j], [2j])):
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print([None] == [None], [1j] == [1j], [1j] != [2j])
nan = float("nan")
l = [nan, 1]
print(nan in l, float("nan") in l, l.count(nan), l.index(nan), l == l, [nan] == [float("nan")])
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() in [1], [1].count(AlwaysEq()), [5, 6].index(AlwaysEq()))
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(n in [n], [n].count(n), [n] == [n], [NeverEq()] == [NeverEq()])
try:
    [1] < 5
except TypeError as e:
    print(type(e).__name__, e)
print(max([[1, 2], [1, 3], [0, 9]]), sorted([[2], [1, 5], [1]]))
