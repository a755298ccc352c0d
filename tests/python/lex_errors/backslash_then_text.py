# Something other than a newline follows the backslash.
total = 1 \ + 2
print(total)
