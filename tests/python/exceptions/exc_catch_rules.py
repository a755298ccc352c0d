# except clauses: tuples, nested tuples are not allowed, non-exception classes raise TypeError.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except (ArithmeticError,):
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
for exc in (KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError()):
    print(classify(exc))
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, "x"):
        print("tuple matched first element")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError
    except (ValueError, "x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except ((ValueError,),):
        print("nested tuple")
except TypeError as e:
    print(type(e).__name__, e)
excs = (TypeError, ValueError)
try:
    int("x")
except excs as e:
    print("dynamic tuple", type(e).__name__)
try:
    raise OSError(2, "x")
except FileNotFoundError as e:
    print("subclass by errno", type(e).__name__)
