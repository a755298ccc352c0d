def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError("second") from e
    except KeyError as e2:
        raise RuntimeError("third")

try:
    chain()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
    k = e.__context__
    print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = None
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
e.__suppress_context__ = True
print(e.__suppress_context__)
