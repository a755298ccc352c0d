# co_lnotab (derived), co_linetable and co_exceptiontable as bytes.
def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        y = 0
    return y

c = f.__code__
print(type(c.co_lnotab).__name__, c.co_lnotab)
print(type(c.co_linetable).__name__, len(c.co_linetable) > 0)
print(c.co_linetable.hex())
print(c.co_exceptiontable.hex())
g = compile("a = 1\n\n\n\nb = 2\n" + "\n" * 300 + "c = 3\n", "<lnotab>", "exec")
print(g.co_lnotab)
