# One closing parenthesis too many.
x = (1 + 2))
print(x)
