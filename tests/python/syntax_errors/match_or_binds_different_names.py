# The alternatives of an or-pattern bind different names.
match point:
    case [x, 0] | [0, y]:
        pass
