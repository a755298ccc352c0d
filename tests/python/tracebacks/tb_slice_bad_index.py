# A slice with a non-integer bound inside a nested function.
def window(items, start, size):
    return items[start:start + size]

print(window([1, 2, 3, 4], 1, 2))
window([1, 2, 3, 4], "1", 2)
