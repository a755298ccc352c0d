# A wildcard before other cases.
match command:
    case _:
        pass
    case 'quit':
        pass
