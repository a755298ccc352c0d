from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED in Color)
print(Color, repr(Color), Color.__members__)
for c in Color:
    print(c.name, c.value)
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: 'r'}[Color.RED], f'{Color.GREEN}', format(Color.BLUE), str(Color.BLUE))
print(isinstance(Color.RED, Color), Color.RED.__class__.__name__)
