# Annotated assignments in a class body, with defaults, without values, and forward
# references as strings.
class Config:
    name: str = "default"
    retries: int = 3
    timeout: float
    parent: "Config | None" = None
    tags: list[str] = []

    def describe(self) -> str:
        return f"{self.name}: retries={self.retries}"


print(list(Config.__annotations__))
print(Config.__annotations__["retries"], Config.__annotations__["parent"])
print(hasattr(Config, "timeout"), Config.retries)
c = Config()
c.timeout = 1.5
print(c.describe(), c.timeout)


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x: int = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


print(Point(3, 4), Point.__annotations__)
