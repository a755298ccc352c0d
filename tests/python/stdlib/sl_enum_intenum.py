from enum import IntEnum, Enum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f'{Priority.HIGH}', format(Priority.LOW, '>3'))
print(Priority.LOW < Priority.HIGH, Priority.HIGH == 3, Priority.LOW + 10, sorted([Priority.HIGH, Priority.LOW]))
print(max(Priority), Priority(2), int(Priority.HIGH), [1, 2, 3, 4][Priority.MEDIUM], hash(Priority.LOW) == hash(1))
print(isinstance(Priority.LOW, int), Priority.__mro__)
class Num(int, Enum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, f'{Num.TWO}')
