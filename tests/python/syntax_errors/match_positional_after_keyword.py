# Positional sub-patterns must come before keyword ones.
match p:
    case Point(x=0, y):
        pass
