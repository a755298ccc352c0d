# Annotated assignments at module level: simple names, parenthesised names, attributes
# and subscripts, with and without values; __annotations__ only records simple names.
class Holder:
    pass

count: int = 3
label: str
ratio: "float" = 0.5
(wrapped): int = 9
pair: tuple[int, int] = (1, 2)
values: list[int] = [1, 2, 3]
mapping: dict[str, list[int]] = {}

holder = Holder()
holder.size: int = 12
store = [0, 0]
store[1]: int = 5

print(count, ratio, wrapped, pair, values, mapping)
print(holder.size, store)
print(sorted(__annotations__))
print(__annotations__["count"], __annotations__["ratio"], __annotations__["pair"])
print("label" in globals(), "label" in __annotations__)
