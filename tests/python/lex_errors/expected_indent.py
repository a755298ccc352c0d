# The body of the "if" is not indented.
x = 3
if x > 2:
print("big")
