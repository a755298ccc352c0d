# The opening parenthesis of the call is never closed; CPython points at it.
result = max(1, 2
print(result)
