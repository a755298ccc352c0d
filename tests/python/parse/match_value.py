# Value patterns: dotted names compare with ==, unlike bare names which capture.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Limits:
    class Inner:
        MAX = 100


def name_color(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case Limits.Inner.MAX:
            return "the maximum"
        case _:
            return "unknown"


for c in ("red", "green", "blue", 100, "pink"):
    print(c, name_color(c))


class Status:
    OK = 200
    MISSING = 404


def http(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.MISSING:
            return "not found"
        case unknown:
            return f"status {unknown}"


print(http(200), http(404), http(500))
