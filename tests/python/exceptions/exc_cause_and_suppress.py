# raise ... from sets __cause__ and __suppress_context__; assigning them by hand; invalid causes.
try:
    try:
        raise ValueError("orig")
    except ValueError as e:
        raise RuntimeError("new") from e
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise ValueError("orig")
    except ValueError:
        raise RuntimeError("new") from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__, e.__suppress_context__)

e = Exception("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = ValueError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = TypeError("t")
print(repr(e.__context__), e.__suppress_context__)
for bad in (5, "x", ValueError):
    try:
        e.__cause__ = bad
    except TypeError as err:
        print(type(err).__name__, err)
    try:
        e.__context__ = bad
    except TypeError as err:
        print(type(err).__name__, err)
for bad in (5, "x", int):
    try:
        raise ValueError("v") from bad
    except TypeError as err:
        print(type(err).__name__, err)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
