# The same rule for lambda parameters.
f = lambda x=1, y: x + y
