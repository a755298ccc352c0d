import math

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Config:
    class Mode:
        FAST = 1
        SLOW = 2

def name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Config.Mode.FAST:
            return "fast mode"
        case math.pi:
            return "pi"
        case _:
            return "unknown"

for v in ("red", "blue", 1, 2, math.pi, 3.14):
    print(repr(v), name(v))

match 3:
    case int():
        print("int() matches 3")

match True:
    case 1:
        print("True == 1 so value pattern 1 matches True")

match 1:
    case True:
        print("not printed: True uses identity")
    case _:
        print("1 is not True")

match 0.0:
    case -0.0:
        print("0.0 == -0.0")
