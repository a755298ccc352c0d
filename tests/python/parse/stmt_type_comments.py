# Type comments are plain comments to ast.parse (without type_comments=True): they must
# not change the tree.
def greet(name, times):
    # type: (str, int) -> str
    return ", ".join([f"hi {name}"] * times)


values = []  # type: List[int]
for item in range(3):  # type: int
    values.append(item)

with memoryview(b"first line") as view:  # type: ignore
    first_line = bytes(view).decode()


def untyped(a,  # type: int
            b,  # type: str
            ):
    # type: (...) -> None
    print(a, b)


x = 1  # type: ignore[assignment]
print(greet("ada", 2), values, first_line[:18], x)
untyped(1, "b")
