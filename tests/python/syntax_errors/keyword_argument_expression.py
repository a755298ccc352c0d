# An expression where a keyword argument name should be.
f(a.b=1)
