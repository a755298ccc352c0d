# Type annotations: variables, generics, unions with |, defaults, return types.
from dataclasses import dataclass, field


@dataclass
class Inventory:
    owner: str
    items: dict[str, int] = field(default_factory=dict)
    tags: list[str] | None = None
    limit: int = 100

    def add(self, name: str, count: int = 1) -> "Inventory":
        self.items[name] = self.items.get(name, 0) + count
        return self


def total(inv: Inventory, *, only: set[str] | None = None) -> int:
    return sum(n for k, n in inv.items.items() if only is None or k in only)


inv = Inventory("ada").add("bolt", 10).add("nut", 4).add("bolt")
print(inv)
print(total(inv), total(inv, only={"nut"}))
scores: dict[str, list[float]] = {"x": [1.5, 2.5]}
unset: tuple[int, ...]
print(scores, Inventory.__annotations__["tags"])
print(total.__annotations__["return"].__name__)
