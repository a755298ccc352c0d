# "1if" tokenizes as 1 and if, and CPython only warns about it.
x = 1if True else 2
print(x)
