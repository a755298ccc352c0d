f = lambda x, /, *a, k=1, **kw: (y := x) ** 2
