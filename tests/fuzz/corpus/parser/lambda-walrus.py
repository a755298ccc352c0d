g = lambda a, /, b=1, *c, d, **e: (y := a) if b else {**e, 'k': [*c]}
global q; nonlocal r
