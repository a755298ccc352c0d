from enum import Enum, unique
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), len(Shape))
print(list(Shape.__members__), [n for n, m in Shape.__members__.items() if m.name != n])
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(e)
@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))
