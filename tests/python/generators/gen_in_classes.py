# Generators as methods, as __iter__, and stored in instances.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        return (n for n in self if n % 2 == 0)

c = Countdown(5)
print(list(c), list(c))
print(list(c.evens()))
print(sorted(c), 3 in c, len(list(iter(c))))

class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))

class Stream:
    def __init__(self):
        self.source = self._produce()
    def _produce(self):
        for word in ["one", "two", "three"]:
            yield word.title()
    def read(self):
        return next(self.source, None)

s = Stream()
print(s.read(), s.read(), s.read(), s.read())

class WithStatic:
    @staticmethod
    def gen(n):
        yield from range(n)
    @classmethod
    def named(cls):
        yield cls.__name__

print(list(WithStatic.gen(3)), list(WithStatic.named()))
