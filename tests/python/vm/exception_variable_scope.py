def f():
    e = "outer value"
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("in handler:", e)
    try:
        return e
    except UnboundLocalError as err:
        return "unbound: " + str(err)

print(f())

try:
    raise KeyError("k")
except KeyError as exc:
    saved = exc
print(repr(saved))
print("exc" in dir())

import sys
def current():
    try:
        raise IndexError("now")
    except IndexError:
        info = sys.exc_info()
        print(info[0].__name__, info[1], info[2] is not None)
        print(repr(sys.exception()) if hasattr(sys, "exception") else "no sys.exception")
    print(sys.exc_info())
current()

try:
    try:
        raise TypeError("t")
    except TypeError:
        print("inner handler, exc_info:", sys.exc_info()[0].__name__)
        try:
            raise ValueError("v")
        except ValueError:
            print("nested:", sys.exc_info()[0].__name__)
        print("restored:", sys.exc_info()[0].__name__)
except Exception:
    pass
