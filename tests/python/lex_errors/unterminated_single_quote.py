# A single-quoted string must end on the same line.
name = 'world
print('hello', name)
