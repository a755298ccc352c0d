from dataclasses import dataclass, field, InitVar
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3))
@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 10
    def __post_init__(self, factor):
        self.value *= factor
print(Scaled(2), Scaled(2, 3))
@dataclass
class Counter:
    count: int = field(default=0, repr=False)
    name: str = 'c'
print(Counter(), Counter(5).count)
