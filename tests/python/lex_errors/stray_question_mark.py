# C's ternary operator does not exist in Python.
a, b = 3, 4
bigger = a > b ? a : b
print(bigger)
