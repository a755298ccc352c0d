print(type(1), type("s"), type([]), type(None), type(type), type(len))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), complex())
print(object().__class__.__name__, type(object()).__name__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
T = type("T", (), {"x": 1})
print(T.__name__, T().x, type(T).__name__)
print(staticmethod, classmethod, property)
print(type(slice(1)), type(range(1)), type(memoryview(b"")), type(NotImplemented), type(...))
