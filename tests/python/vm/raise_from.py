class AppError(Exception):
    pass

def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("config missing") from e

try:
    load()
except AppError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise RuntimeError("x") from ValueError("explicit")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise RuntimeError from KeyError
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

try:
    raise ValueError("bad") from 42
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
