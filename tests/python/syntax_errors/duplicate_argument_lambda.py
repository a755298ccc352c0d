# A duplicated parameter between *args and a keyword-only one of a lambda.
g = lambda x, *x: x
