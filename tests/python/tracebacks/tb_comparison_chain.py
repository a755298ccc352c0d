# Comparisons in a chain have no operator markers in 3.11; the whole expression is marked.
def in_range(value, low, high):
    return low <= value < high

print(in_range(5, 0, 10))
in_range("5", 0, 10)
