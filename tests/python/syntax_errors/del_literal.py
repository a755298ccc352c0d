# Deleting a literal.
del 1
