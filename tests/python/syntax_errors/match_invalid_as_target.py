# The target of a pattern's as must be a name.
match op:
    case ('add' | 'sub') as (name,):
        pass
