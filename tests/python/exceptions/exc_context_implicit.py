# __context__ is set when raising inside a handler, to the exception being handled, and chains.
def chain():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
try:
    chain()
except TypeError as e:
    c = e
    names = []
    while c is not None:
        names.append(f"{type(c).__name__}({c})")
        c = c.__context__
    print(" <- ".join(names))
    print(e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("x")
    except ValueError as inner:
        inner_ref = inner
        raise inner
except ValueError as e:
    print(e is inner_ref, e.__context__)

try:
    try:
        raise ValueError("outer")
    except ValueError as e:
        err = RuntimeError("prepared earlier")
        raise err
except RuntimeError as e:
    print(repr(e.__context__))

a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print(e is a, repr(e.__context__), repr(b.__context__), e.__context__.__context__ is None)

try:
    try:
        1 / 0
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(repr(e), repr(e.__context__))
