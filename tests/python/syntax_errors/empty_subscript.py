# A subscript with nothing inside the brackets.
items = [1, 2]
print(items[])
