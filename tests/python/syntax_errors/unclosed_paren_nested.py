# The innermost unclosed bracket is reported.
value = [(1, 2), (3, 4]
