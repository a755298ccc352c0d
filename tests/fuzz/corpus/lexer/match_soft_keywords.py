match x:
    case [1, *rest] if rest:
        pass
    case {'k': v, **kw}:
        pass
    case _:
        type = 1
