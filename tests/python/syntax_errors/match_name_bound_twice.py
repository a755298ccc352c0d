# A name captured twice in one pattern.
match pair:
    case [x, x]:
        pass
