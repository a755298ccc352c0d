# Function annotations with -> and parameter annotations.
def greet(name: str, times: int = 1) -> str:
    return ", ".join(["hello " + name] * times)


def first_even(numbers: list[int]) -> int | None:
    for n in numbers:
        if n % 2 == 0:
            return n
    return None


def nothing()->None: pass


print(greet("ada", 2))
print(first_even([3, 5, 8, 10]), first_even([1]))
print(greet.__annotations__)
print(nothing.__annotations__, nothing())
count: int = 3
label: str
print(__annotations__)
