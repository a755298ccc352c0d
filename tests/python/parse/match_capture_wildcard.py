# Capture patterns bind the subject; the wildcard _ matches without binding.
def first(subject):
    match subject:
        case []:
            return "empty"
        case [only]:
            return f"one item: {only}"
        case [a, _]:
            return f"two items, first {a}"
        case [_, _, *_]:
            return "three or more"
        case other:
            return f"not a list: {other!r}"


for s in ([], [1], [1, 2], [1, 2, 3], "text", 42):
    print(first(s))

match 10:
    case _:
        print("wildcard always matches")

match "bound":
    case name:
        print("capture at top level binds", name)
print("name is still bound:", name)
print("_ is not bound by the wildcard:", "_" in globals())
