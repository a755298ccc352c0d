# A list display cannot be annotated.
[a, b]: list = [1, 2]
