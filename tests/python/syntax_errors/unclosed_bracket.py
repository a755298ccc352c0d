# A list display that is never closed.
items = [1, 2, 3


x = 1
