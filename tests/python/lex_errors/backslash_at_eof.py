# The file ends right after a line-continuation backslash.
total = 1 + \