# A line continuation followed by an empty line.
total = 1 + \

print(total)
