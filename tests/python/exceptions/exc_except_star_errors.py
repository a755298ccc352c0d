# except* restrictions checked at run time, and else/finally with except*.
try:
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError()
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError()
    except* 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
def flow(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("g", [KeyError()])
    except* KeyError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")
flow(True)
flow(False)
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        print("v")
    except* TypeError:
        print("t")
    finally:
        print("cleanup")
except Exception as e:
    print("leaked", e)
