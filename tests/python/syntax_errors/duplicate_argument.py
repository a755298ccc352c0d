# The same parameter name twice; reported by the symbol table.
def f(a, b, a):
    pass
