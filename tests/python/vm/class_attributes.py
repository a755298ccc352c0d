class Counter:
    instances = []

    def __init__(self):
        self.value = 0
        Counter.instances.append(self)

    def increment(self):
        self.value += 1
        return self

c1 = Counter()
c2 = Counter()
c1.increment().increment()
print(c1.value, c2.value, len(Counter.instances))

class Shadow:
    attr = "class"

s = Shadow()
print(s.attr)
s.attr = "instance"
print(s.attr, Shadow.attr)
del s.attr
print(s.attr)

print(getattr(s, "attr"), getattr(s, "missing", "default"))
setattr(Shadow, "added", 42)
print(s.added, hasattr(s, "added"), hasattr(s, "nope"))

class WithDoc:
    """Documentation string."""
    def method(self):
        """Method doc."""

print(WithDoc.__doc__, WithDoc.method.__doc__)
print(WithDoc.method.__qualname__, WithDoc.method.__name__)

class Nested:
    class Inner:
        class Deepest:
            pass
print(Nested.Inner.Deepest.__qualname__)
print(type(Nested.__dict__).__name__)
