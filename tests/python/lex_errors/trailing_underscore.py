# A digit separator must be followed by a digit.
big = 1_000_
print(big)
