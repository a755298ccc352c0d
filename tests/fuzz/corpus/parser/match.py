match x:
    case [1, *r] | {'k': v, **kw} | C(a, b=2) as z if z:
        pass
    case _:
        pass
