def pos(a, b, /, c, *, d):
    return (a, b, c, d)

print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    pos(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)

# positional-only names can also appear in **kwargs
def po(x, /, **kw):
    return x, kw

print(po(1, x=2))
print(po(5))

def defaults(a, b=10, /, c=20):
    return a + b + c

print(defaults(1))
print(defaults(1, 2))
print(defaults(1, 2, 3))
print(defaults(1, c=0))
try:
    defaults()
except TypeError as e:
    print(e)
print(pos.__code__.co_posonlyargcount, pos.__code__.co_argcount, pos.__code__.co_kwonlyargcount)
print(pos.__code__.co_varnames)
