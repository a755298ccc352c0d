# "$" cannot appear inside an identifier either.
my$var = 1
print(my$var)
