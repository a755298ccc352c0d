# builtins: builtin repr (Glasspy conformance test)
for f in [len, print, abs, max, sorted, sum, iter, next, isinstance, getattr, eval, exec, compile, __import__, open, input, globals, vars, dir, divmod]:
    print(repr(f), f.__name__, type(f).__name__)
for t in [int, str, bool, list, dict, memoryview, zip, map, filter, enumerate, reversed, range, slice, frozenset, bytearray, property, super, object, type, complex]:
    print(t, t.__name__)
