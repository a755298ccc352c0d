# __name__, __qualname__, __module__ and repr of built-in types, functions and methods.
for t in (int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview,
          type, object, type(None), type(...), type(NotImplemented), BaseException, KeyError, property, staticmethod):
    print(t.__name__, t.__qualname__, t.__module__, repr(t))
print(len.__name__, len.__qualname__, repr(len), len.__module__, print.__self__.__name__)
print(list.append.__name__, list.append.__qualname__, repr(list.append), type(list.append).__name__)
print(str.join.__qualname__, type([].append).__name__, [].append.__name__, [].append.__qualname__)
print(int.__add__.__qualname__, repr(int.__add__), type(int.__add__).__name__, type((1).__add__).__name__)
print(type(int.real).__name__, repr(int.real), type(dict.fromkeys).__name__, type(str.__dict__["maketrans"]).__name__)
print(type(type.__dict__["__name__"]).__name__, type(object.__init__).__name__, type(object().__init__).__name__)
