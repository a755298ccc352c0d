# A conditional expression as an assignment target.
a if cond else b = 1
