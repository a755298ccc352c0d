# 2 is not a binary digit.
bits = 0b102
print(bits)
