# code.replace(): new names, first line, constants; the new code object runs.
def f():
    return 'old'

c = f.__code__
d = c.replace(co_name='g', co_qualname='g', co_firstlineno=40)
print(d.co_name, d.co_qualname, d.co_firstlineno, c.co_name)
print(d == c, d.co_code == c.co_code)
e = c.replace(co_consts=tuple('new' if x == 'old' else x for x in c.co_consts))
print(eval(e))
try:
    c.replace(co_name=5)
except TypeError as err:
    print('TypeError:', err)
try:
    c.replace(bogus=1)
except TypeError as err:
    print('TypeError:', err)
