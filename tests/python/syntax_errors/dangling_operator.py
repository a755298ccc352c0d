# A binary operator with no right operand.
total = 1 +
print(total)
