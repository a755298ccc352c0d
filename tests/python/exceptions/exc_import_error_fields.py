try:
    import no_module_named_like_this_q
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.path, str(e))
try:
    from math import not_a_function_q
except ImportError as e:
    print(type(e).__name__, e.name, e.name_from if hasattr(e, "name_from") else "-")
e = ImportError("msg", name="mod", path="/p")
print(e.name, e.path, e.msg, e.args, str(e))
try:
    ImportError("m", bad_kw=1)
except TypeError as err:
    print(type(err).__name__, err)
print(ImportError().msg, ImportError("a", "b").msg)
