# Invalid UTF-8 on the first line: ÿşÃ(
print("unreachable")
