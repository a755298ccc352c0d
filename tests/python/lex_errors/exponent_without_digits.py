# An exponent marker with no exponent.
value = 1e
print(value)
