# types.CodeType(...) and types.FunctionType(...): building code objects and functions
# from their parts, code.replace(), and CPython's argument errors for both.
import types


def k(a, b):
    return a * b + 1


c = k.__code__
args = (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags,
        c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, "made", "made_q", c.co_firstlineno,
        c.co_linetable, c.co_exceptiontable, c.co_freevars, c.co_cellvars)
n = types.CodeType(*args)
print(n.co_name, n.co_qualname, n == c, n.co_varnames, n.co_code == c.co_code, n.co_consts == c.co_consts)
fn = types.FunctionType(n, globals())
print(fn(3, 4), fn.__name__, fn.__qualname__, fn.__defaults__, fn.__closure__, fn.__module__)
bad = [(), args[:-3], args + (1,), args[:5] + ("x",) + args[6:], (-1,) + args[1:], args[:1] + (-1,) + args[2:],
       args[:3] + (-1,) + args[4:], args[:6] + ("notbytes",) + args[7:], args[:7] + ([1],) + args[8:],
       args[:9] + ((1,),) + args[10:], args[:11] + (5,) + args[12:], args[:9] + (("a",),) + args[10:],
       args[:6] + (b"\x01",) + args[7:], args[:16] + ((1,),), (2**40,) + args[1:]]
for b in bad:
    try:
        types.CodeType(*b)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    types.CodeType(*args, name="x")
except TypeError as e:
    print(type(e).__name__, e)
print(types.CodeType(*args[:16]).co_freevars, type(c)(*args) == c.replace(co_name="made", co_qualname="made_q"))
print(hash(n) == hash(c.replace(co_name="made", co_qualname="made_q")))
for kw in ({"co_argcount": -1}, {"co_flags": -2}, {"co_nlocals": -1}, {"co_varnames": ("a",)}, {"co_name": 5},
           {"co_consts": [1]}, {"bogus": 1}, {"co_code": b"\x01"}):
    try:
        c.replace(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(c.replace(co_varnames=("x", "y")).co_varnames)


def g():
    return 42


g.__code__ = g.__code__.replace(co_consts=(None, 99))
print(g())


def f():
    pass


for t in ["types.FunctionType(5, {})", "types.FunctionType(f.__code__, 5)", "types.FunctionType(f.__code__, {}, 5)",
          "types.FunctionType(f.__code__, {}, None, 5)", "types.FunctionType(f.__code__, {}, None, None, 5)",
          "types.FunctionType(f.__code__, {}, None, None, ()).__name__", "types.FunctionType()",
          "types.FunctionType(f.__code__, {}, 'nm', (1,)).__defaults__",
          "types.FunctionType(f.__code__, {}, 'nm').__qualname__", "types.FunctionType(f.__code__, globals(), 'nm')()",
          "types.FunctionType(code=f.__code__, globals={}, name='kw').__name__"]:
    try:
        print(eval(t))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def outer():
    x = 1

    def inner():
        return x
    return inner


ic = outer().__code__
for t in ["types.FunctionType(ic, {})", "types.FunctionType(ic, {}, None, None, (1,))",
          "types.FunctionType(ic, {}, None, None, (1, 2))", "types.FunctionType(ic, {}, None, None, outer().__closure__)()"]:
    try:
        print(eval(t))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
