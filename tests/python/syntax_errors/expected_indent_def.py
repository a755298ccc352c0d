# The function body is not indented.
def f():
return 1
