# try with every clause: bare except, one type, a tuple of types, "as" names, else,
# finally, and nested handlers.
def attempt(action):
    log = []
    try:
        log.append("try")
        action()
    except ZeroDivisionError:
        log.append("zero")
    except (KeyError, IndexError) as err:
        log.append(f"lookup {type(err).__name__}")
    except ValueError as err:
        log.append(f"value {err}")
    except:
        log.append("anything else")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][1]))
print(attempt(lambda: int("x")))
print(attempt(lambda: None.attr))
print(attempt(lambda: 42))

try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as outer:
    print("caught outside:", outer)

try:
    pass
except Exception:
    pass

try:
    print("try/finally without except")
finally:
    print("cleanup")

err = "before"
try:
    raise OSError("x")
except OSError as err:
    pass
print("name removed after handler:", "err" in globals())
