values = [1, 2.5, 3j, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1),
          slice(1), type, object(), len, print]
for v in values:
    print(type(v).__name__, isinstance(v, object))

print(type(len).__name__, type([].append).__name__, type(int.__add__).__name__)
print(type((1).__add__).__name__, type(object.__init__).__name__)
print(int.__name__, int.__qualname__, int.__module__)
print(type.__name__, type(int) is type, isinstance(int, type))
print(issubclass(bool, int), issubclass(int, object), bool.__mro__)
print([c.__name__ for c in type(True).__mro__])
print(object.__bases__, int.__bases__, type.__bases__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(set())).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(iter(range(1))).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
