# The "as" name is deleted after the handler; an earlier binding is lost too.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler:", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def f():
    try:
        raise KeyError(1)
    except KeyError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err}; saved={saved!r}"
print(f())

err2 = None
try:
    1 / 0
except ZeroDivisionError as caught:
    err2 = caught
print(repr(err2), "caught" in dir())

def handler_exception():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return repr(t), repr(t.__context__)
print(handler_exception())
import sys
try:
    raise RuntimeError("current")
except RuntimeError:
    print(repr(sys.exc_info()[1]), sys.exc_info()[0].__name__, repr(sys.exception()) if hasattr(sys, "exception") else "n/a")
print(sys.exc_info())
