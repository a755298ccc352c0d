# co_cellvars / co_freevars / co_varnames of closures, arguments that are cells too.
def outer(a, b):
    x = 1
    def middle():
        y = 2
        def inner():
            return a + x + y
        return inner
    def uses_b():
        return b
    return middle, uses_b

c = outer.__code__
print('outer', c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals)
middle, uses_b = outer(1, 2)
m = middle.__code__
print('middle', m.co_varnames, m.co_cellvars, m.co_freevars)
i = middle().__code__
print('inner', i.co_varnames, i.co_cellvars, i.co_freevars, i.co_flags & 16)
print('uses_b', uses_b.__code__.co_freevars)
print(middle()(), len(middle().__closure__))
