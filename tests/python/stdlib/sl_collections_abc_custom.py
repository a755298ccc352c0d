from collections.abc import Sequence, Mapping, MutableMapping, Iterator, Sized, Hashable
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), len(s))
class Store(MutableMapping):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
st = Store()
st.update(a=1, b=2)
st.setdefault('c', 3)
print(dict(st), st.pop('a'), st.get('zz', 'none'), list(st.keys()), list(st.items()), 'b' in st)
print(st == {'b': 2, 'c': 3}, isinstance(st, Mapping))
class Count(Iterator):
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(Count()), iter(Count()).__class__.__name__)
class Nothing:
    def __len__(self):
        return 0
print(isinstance(Nothing(), Sized), issubclass(Nothing, Sized), isinstance(Nothing(), Hashable))
try:
    Sequence()
except TypeError as e:
    print(e)
class Partial(Mapping):
    def __getitem__(self, k):
        return 1
try:
    Partial()
except TypeError as e:
    print(e)
