# A capture pattern before other cases makes them unreachable.
match command:
    case other:
        pass
    case 'quit':
        pass
