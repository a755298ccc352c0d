# Lambda parameters cannot be annotated.
f = lambda x: int: x
