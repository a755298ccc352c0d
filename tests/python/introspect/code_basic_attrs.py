# Code objects' counts, names and flags for several kinds of signatures.
def plain(a, b):
    c = a + b
    return c

def kinds(p, /, q, *args, r, s=1, **kw):
    local = p
    return local

lam = lambda x, y=2: x * y

for f in (plain, kinds, lam):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    print(' nlocals', c.co_nlocals, 'varnames', c.co_varnames)
    print(' flags', c.co_flags, 'firstlineno', c.co_firstlineno)
    print(' filename ends with .py:', c.co_filename.endswith('.py'))
    print(' stacksize positive:', c.co_stacksize > 0)

class K:
    def method(self):
        return self
    class Inner:
        def deep(self):
            pass

print(K.method.__code__.co_qualname, K.Inner.deep.__code__.co_qualname)
