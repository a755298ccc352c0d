# A starred expression as a slice bound.
items = [1, 2]
print(items[*a:1])
