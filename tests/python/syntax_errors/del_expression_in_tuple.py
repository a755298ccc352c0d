# A deletable name next to an expression in a del tuple.
del (a, b + 1)
