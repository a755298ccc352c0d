# 8 is not an octal digit.
perms = 0o758
print(perms)
