# A generator expression that is not the only argument must be parenthesised.
total = sum(x for x in range(3), 10)
