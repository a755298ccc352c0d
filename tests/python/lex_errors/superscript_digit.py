# A superscript two is not an exponent.
x = 3
square = x²
print(square)
