# Digit separators cannot be doubled.
big = 1__000
print(big)
