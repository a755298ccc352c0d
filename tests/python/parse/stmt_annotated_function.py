# Annotations on parameters and return values, and annotated assignments inside
# functions (which are not evaluated into __annotations__).
def scale(value: float, factor: float = 2.0, *rest: int, clamp: bool = False,
          **options: str) -> float:
    result: float = value * factor
    limit: int
    if clamp:
        result = min(result, 10.0)
    total: int = sum(rest)
    return result + total


print(scale(3), scale(6, 3, 1, 2, clamp=True))
print(sorted(scale.__annotations__))
print(scale.__annotations__["return"], scale.__annotations__["rest"])


def positional(a: int, b: "str", /, c: list[int] = [], *, d: dict = {}) -> None:
    local_note: str = "unused"
    print(a, b, c, d)


positional(1, "two", [3], d={"four": 4})
print(positional.__annotations__)


def no_annotations(x, y=1):
    return x + y


print(no_annotations.__annotations__, no_annotations(1))
lam = lambda q: q * 2
print(lam.__annotations__)
