class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def helper(x, y):
        return x + y
    @classmethod
    def alt(cls, n):
        objs = [cls() for _ in range(n)]
        return len(objs)

class SubCounter(Counter):
    count = 0

Counter(); Counter(); SubCounter()
print(Counter.created(), SubCounter.created(), Counter().created())
print(Counter.helper(1, 2), Counter().helper(3, 4), SubCounter.alt(3), SubCounter.created())
sm = Counter.__dict__["helper"]
cm = Counter.__dict__["created"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__)
print(callable(sm), sm(5, 6))
bound = Counter.created
print(bound.__self__ is Counter, bound.__func__ is cm.__func__)
print(staticmethod(len)([1, 2]), classmethod(lambda cls: cls.__name__).__get__(None, int)())
