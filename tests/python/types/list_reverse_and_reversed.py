# list.reverse in place vs reversed(); reversed iterators see later changes in length.
l = [1, 2, 3, 4]
print(l.reverse(), l)
r = reversed(l)
print(type(r).__name__, next(r), list(r))
l2 = [1, 2, 3]
r2 = reversed(l2)
l2.append(4)
print(list(r2))
l3 = [1, 2, 3]
r3 = reversed(l3)
next(r3)
l3.clear()
print(list(r3))
print(list(reversed([])), list(reversed(range(3))), list(reversed((1, 2))), list(reversed("ab")))
class Rev:
    def __reversed__(self):
        return iter("custom")
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 11
print(list(reversed(Rev())), list(reversed(SeqOnly())))
for bad in (5, iter([1]), {1, 2}, None):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
l4 = list(range(6))
l4[::2] = reversed(l4[::2])
print(l4)
