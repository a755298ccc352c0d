# A number immediately followed by letters.
count = 1abc
print(count)
