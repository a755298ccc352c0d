# A conditional expression without its else part.
x = 1 if True
