# Implicit line joining inside braces: dict and set displays.
inventory = {
    "apples": 12,
    # a comment line inside the dict
    "pears": 4,

    "plums":
        30,
}
colours = {
    "red",
    "green",
}
for fruit in sorted(inventory,
                    key=lambda k: inventory[k]):
    print(f"{fruit:>8}: {inventory[fruit]:3d}")
print(sorted(colours))
nested = {"a": {"b": {
    "c": [1, 2, {
        "d": 4}]}}}
print(nested["a"]["b"]["c"][2]["d"])
