# The parenthesis is closed by a square bracket.
point = (1, 2]
print(point)
