# A module that does not exist: ModuleNotFoundError with .name.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from no_such_module_here import thing
except ImportError as e:
    print(e.msg, e.name)
try:
    import math.nope
except ModuleNotFoundError as e:
    print(e)
