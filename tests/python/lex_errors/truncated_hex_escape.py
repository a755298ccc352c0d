# "\x" needs exactly two hex digits.
print("\x4")
