# repr() and type of code objects.
import types

def func():
    pass

c = func.__code__
print(repr(c).startswith('<code object func at 0x'))
print(repr(c).split(',')[1:])
print(type(c).__name__, type(c) is types.CodeType)
m = compile('pass', 'name.py', 'exec')
print(repr(m).split(',')[1:], m.co_name)
print(isinstance(c, types.CodeType), hasattr(c, 'co_code'))
