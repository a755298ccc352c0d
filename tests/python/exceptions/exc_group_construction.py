# ExceptionGroup/BaseExceptionGroup construction rules, str/repr and attributes.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(str(eg), repr(eg), eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)
single = ExceptionGroup("one", (KeyError("k"),))
print(str(single), repr(single), type(single.exceptions).__name__)
for args in (("m",), ("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m", [KeyboardInterrupt()]),
             ("m", [ValueError()], "extra"), ()):
    try:
        print(ExceptionGroup(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
nested = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t")])])
print(repr(nested), len(nested.exceptions), nested.exceptions[1].exceptions)
try:
    BaseExceptionGroup("x", [ValueError()]).__class__ is ExceptionGroup or print("no")
    print(BaseExceptionGroup("x", [ValueError()]).__class__ is ExceptionGroup)
except Exception as e:
    print(e)
class MyGroup(ExceptionGroup):
    pass
g = MyGroup("mine", [ValueError()])
print(type(g).__name__, repr(g), isinstance(g, ExceptionGroup))
try:
    eg.exceptions = ()
except AttributeError as e:
    print(type(e).__name__, e)
