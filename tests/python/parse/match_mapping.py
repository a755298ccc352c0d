# Mapping patterns: literal and value keys, nested patterns as values, **rest, and the
# fact that extra keys are ignored unless captured.
class Keys:
    ID = "id"


def handle(event):
    match event:
        case {}:
            if not event:
                return "empty mapping"
            match_all = "any mapping matches {}"
            return match_all
        case _:
            return "not a mapping"


def route(msg):
    match msg:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {Keys.ID: ident, 1: one, None: nothing}:
            return f"value/number/None keys: {ident} {one} {nothing}"
        case {"nested": {"deeper": [*items]}}:
            return f"nested items {items}"
        case {**everything}:
            return f"other mapping with {len(everything)} keys"


print(handle({}), "|", handle({"a": 1}), "|", handle([]))
for m in ({"type": "click", "pos": (3, 4)},
          {"type": "key", "key": "q", "shift": True, "alt": False},
          {"type": "key", "key": "w"},
          {"id": 7, 1: "one", None: "none", "extra": 0},
          {"nested": {"deeper": [1, 2]}},
          {"type": "scroll"}):
    print(route(m))
