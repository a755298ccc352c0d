# An exception raised while handling another: "During handling of the above exception..."
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"].upper()

print(lookup({"a": "x", "default": "d"}, "b"))
lookup({"a": None, "default": None}, "b")
