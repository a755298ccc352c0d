def describe(cfg):
    match cfg:
        case {"name": str(name), "version": (major, minor), **rest} if not rest:
            return f"{name} {major}.{minor}"
        case {"name": str(name), **rest}:
            return f"{name} with extras {sorted(rest.items())}"
        case {"items": [*items]}:
            return f"{len(items)} items"
        case dict() if not cfg:
            return "empty"
    return "no match"

print(describe({"name": "app", "version": (1, 2)}))
print(describe({"name": "app", "version": (1, 2), "debug": True}))
print(describe({"name": "lib", "x": 1, "a": 2}))
print(describe({"items": [1, 2, 3]}))
print(describe({}))
print(describe({"name": 5}))

from collections import OrderedDict, defaultdict
match OrderedDict(a=1):
    case {"a": v}:
        print("OrderedDict matched", v)
dd = defaultdict(int)
match dd:
    case {"missing": v}:
        print("should not match")
    case _:
        print("defaultdict: get() used, no default inserted:", dict(dd))
