# Dict and set displays: empty, nested, keys of many types, duplicated keys (last wins),
# ** unpacking, trailing commas, and the empty set spelling.
empty_dict, empty_set = {}, set()
print(empty_dict, empty_set, type({}).__name__)
d = {"a": 1, 2: "two", (3, 4): [5], None: {"nested": {"deeper": True}}, 1.5: b"x",}
print(d)
print({"k": 1, "k": 2}, {1: "int", 1.0: "float", True: "bool"})
base = {"x": 1, "y": 2}
print({**base}, {**base, "y": 20}, {"y": 0, **base}, {**{}, **base, **{"z": 3}})
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), {(1, 2), (1, 2)}, {frozenset({1})})
print({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {*range(3), *[5]})
matrix = {
    "row1": [1, 2, 3],
    "row2": [
        4,
        5,
    ],
}
print(matrix, len(matrix["row2"]))
print({k: v for k, v in [("p", 1)]}, {0: {}, 1: {1: {}}})
