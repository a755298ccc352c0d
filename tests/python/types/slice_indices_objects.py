# slice objects: attributes, indices() normalisation, equality, hashing rules of 3.11.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice("a", [1], None)))
for sl in (slice(None), slice(None, None, -1), slice(-3, None), slice(2, -2), slice(-100, 100), slice(5, 1, -1),
           slice(None, None, 3), slice(10, 20), slice(-1, -10, -2), slice(0, 0)):
    print(sl, sl.indices(7), sl.indices(0), len(range(*sl.indices(7))))
for bad in (slice(0, 1, 0), slice("a", 2)):
    try:
        bad.indices(5)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(1, 2, 3) > slice(1, 2, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, k):
        return k
print(Seq()[1:2], Seq()[::], Seq()[1:2, 3], Seq()[..., 1:], Seq()[:-1:None])
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(-2, None)], (1, 2, 3)[slice(None, None, -2)])
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
