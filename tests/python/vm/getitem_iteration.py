class Squares:
    def __getitem__(self, index):
        if index >= 5:
            raise IndexError(index)
        return index * index

print(list(Squares()))
print(4 in Squares(), 5 in Squares())
for i, v in enumerate(Squares()):
    print(i, v)

class Letters:
    def __init__(self, text):
        self.text = text
    def __getitem__(self, i):
        return self.text[i]

print(list(Letters("xyz")), "".join(reversed("xyz")))
it = iter(Letters("ab"))
print(type(it).__name__, next(it), next(it), next(it, None))

class StopsWithStop:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))

class KeyErrors:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrors())
except KeyError as e:
    print("KeyError propagates", e)
