# The middle target of a chained assignment is a literal.
a = 1 = b
