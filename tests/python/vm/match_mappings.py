def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra {sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"

print(handle({"type": "click", "pos": (3, 4)}))
print(handle({"type": "key", "key": "q", "shift": True, "ctrl": False}))
print(handle({"type": "scroll"}))
print(handle({"other": 1}))
print(handle([("type", "click")]))

class Lookup(dict):
    def __missing__(self, key):
        return "default"

match Lookup(a=1):
    case {"b": value}:
        print("matched missing key?", value)
    case {"a": value}:
        print("matched a", value)

match {1: "one", 2: "two"}:
    case {1: x, 2: y}:
        print(x, y)
