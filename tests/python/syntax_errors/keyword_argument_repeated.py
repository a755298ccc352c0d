# The same keyword argument twice.
f(x=1, x=2)
