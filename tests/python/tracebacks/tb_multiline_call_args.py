# A failing call whose arguments span lines, raised in a nested frame.
def combine(first, second, *, sep):
    return first + sep + second

print(combine("a", "b", sep="-"))
combine(
    "left",
    42,
    sep=", ",
)
