s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(7))
data = list(range(12))
print(data[s], data[slice(None, None, -3)], "abcdefg"[slice(2, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1:2], rec[::3], rec[1:2, 3], rec[...], rec[:, None])
print(slice("a", "b", "c"), slice([1], (2,)))
try:
    [1, 2][slice("a", None)]
except TypeError as e:
    print(type(e).__name__, e)
print(type(s).__name__, slice.__name__)
