# Record-like classes written by hand (no dataclasses): __init__ from field lists,
# __repr__, __eq__, ordering by key tuples, immutability through __setattr__, and
# _replace-style copies.
class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        values = dict(zip(self.fields, args))
        for name, value in kwargs.items():
            if name in values:
                raise TypeError(f"duplicate value for {name}")
            values[name] = value
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing {', '.join(missing)}")
        for name in self.fields:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _key(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def replace(self, **changes):
        return type(self)(**{f: changes.get(f, getattr(self, f)) for f in self.fields})


class Person(Record):
    fields = ("last", "first", "age")


people = [Person("Lovelace", "Ada", 36), Person("Hopper", "Grace", age=85),
          Person(first="Alan", last="Turing", age=41)]
print(sorted(people))
print(people[0] == Person("Lovelace", "Ada", 36), people[0] == people[1])
older = people[0].replace(age=37)
print(older, people[0].age)
try:
    older.age = 1
except AttributeError as err:
    print("AttributeError:", err)
for bad in ((("X",), {}), (("X", "Y", 1), {"age": 2})):
    try:
        Person(*bad[0], **bad[1])
    except TypeError as err:
        print("TypeError:", err)
print(len({Person("A", "B", 1), Person("A", "B", 1)}))
