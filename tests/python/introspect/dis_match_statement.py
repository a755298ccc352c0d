# match statements disassembled.
import dis

def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case [x, 0]:
            return f"x={x}"
        case {"y": y}:
            return y
        case str() | bytes():
            return "text"
        case _:
            return None

dis.dis(classify)
