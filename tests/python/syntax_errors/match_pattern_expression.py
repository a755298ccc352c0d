# Arithmetic is not allowed in patterns, only complex literals.
match x:
    case 1 + 1:
        pass
