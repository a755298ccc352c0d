# The dedent goes to a column that no enclosing block uses.
def f(x):
    if x:
        return 1
  return 0


print(f(0))
