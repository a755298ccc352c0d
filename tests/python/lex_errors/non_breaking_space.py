# A non-breaking space (U+00A0) looks like a space but is not one.
total = 1 + 2
print(total)
