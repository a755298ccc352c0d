# AttributeError suggestions on built-in types and on a module-level class.
items = [3, 1, 2]
items.sort()
print(items)
items.apend(4)
