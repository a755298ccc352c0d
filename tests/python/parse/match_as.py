# As-patterns: naming a whole sub-pattern, a group, an or-pattern, a class pattern, a
# sequence and a mapping value, at top level and nested.
class Node:
    __match_args__ = ("value", "children")

    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)


def look(subject):
    match subject:
        case [1, 2] as whole:
            return f"whole list {whole}"
        case [(1 | 2) as small, [*_] as inner]:
            return f"small {small}, inner list {inner}"
        case Node(int() as v, [Node() as first, *_]) as node:
            return f"node {v} with first child {first.value}, {len(node.children)} children"
        case {"key": [_, *_] as values} as mapping:
            return f"mapping {sorted(mapping)} values {values}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case _ as anything:
            return f"anything: {anything!r}"


for s in ([1, 2], [2, [9, 8]], Node(5, [Node(6), Node(7)]), {"key": [1, 2], "z": 0},
          "str", b"b", 3.25):
    print(look(s))
