try:
    raise ValueError(1)
except ValueError as e:
    e2 = TypeError(2)
    e2.__cause__ = e
    e2.__context__ = KeyError(3)
    raise e2
