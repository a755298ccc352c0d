# case on its own, outside a match statement.
case 1:
    pass
