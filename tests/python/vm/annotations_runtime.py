def f(a: int, b: "str" = "x", *args: float, c: list[int] = None, **kw: dict) -> tuple:
    return a, b

print(f.__annotations__)
x: int
y: str = "hello"
print(__annotations__)
try:
    x
except NameError as e:
    print(type(e).__name__, e)

class C:
    a: int
    b: float = 1.5
    def m(self) -> None:
        z: int = 5
        return z

print(C.__annotations__, C.b, C().m())
print(hasattr(C, "a"))

def g():
    local: int = 3
    unassigned: str
    return local
print(g(), g.__annotations__)
lst = [0]
lst[0]: int = 9
print(lst)
