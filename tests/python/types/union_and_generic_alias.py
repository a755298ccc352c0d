# types.UnionType (int | None), GenericAlias (list[int], type[int]) and format() looking __format__ up on the type.
print(f"{int}", format(int), "{}".format(int), f"{int!r}", format(list, ""), f"{str:}")
try: format(int, "x")
except TypeError as e: print(e)
class M(type):
    def __format__(cls, spec): return "M:" + spec
class C(metaclass=M):
    def __format__(self, spec): return "inst:" + spec
print(f"{C:ab}", f"{C():cd}", format(C, "q"))
class S(str):
    def __format__(self, spec): return "S!" + spec
print(f"{S('x')}", f"{S('x'):>3}", "{:z}".format(S('y')))
class T(str): pass
print(f"{T('t'):>3}", format(T("u")), type(format(T("u"))).__name__)
print(format(object(), "") [:8])
try: format(object(), "x")
except TypeError as e: print(e)
class P: pass
try: format(P(), "x")
except TypeError as e: print(e)
print(object.__format__(P(), "")[:10])
print(int | None, int | str | None, type(int | None).__name__, isinstance(3, int | str), isinstance("a", int | str), issubclass(bool, int | None))
print(list[int], type[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print((int | None).__args__, (int | None) == (None | int), hash(int | str) == hash(str | int), int | int)
print(list[int] | None, None | list[int])
import types
print(types.UnionType, types.GenericAlias, types.NoneType)
try: int | 3
except TypeError as e: print(e)
print(isinstance([], list[int]) if False else "skip")
try: isinstance([], list[int])
except TypeError as e: print(e)
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
print([n for n in dir(int | str) if n not in dir(object) and n not in ("__instancecheck__", "__subclasscheck__")])
print(type(int | str).__module__, type(int | str).__qualname__, type(int | str).__name__)
print(hash(int | str) == hash(frozenset((int, str))), (int | str) == (str | int), (int | str) != (int | bytes))
try: type(int | str)()
except TypeError as e: print(e)
print(repr(int | list[int] | None), list[int] | list[int], int | str | int, (int | str) | (str | bytes))
print(isinstance(None, int | None), issubclass(bool, str | int), isinstance(3, (str, int | None)), isinstance("", int | float))
try: isinstance(1, list[int] | int)
except TypeError as e: print(e)
try: issubclass(int, list[int] | int)
except TypeError as e: print(e)
try: (int | str)[int]
except TypeError as e: print(e)
class A: pass
class B(A): pass
print(A | B, A | None | B, isinstance(B(), A | int), (A | B).__args__)
def f(x: int | None = None) -> list[int] | None: return x
print(f.__annotations__)
print(int | "str" if False else "", end="")
try: print(int | "str")
except TypeError as e: print(e)
try: print(3 | int)
except TypeError as e: print(e)
