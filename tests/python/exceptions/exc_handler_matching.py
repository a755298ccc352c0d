def which(exc):
    try:
        raise exc
    except (ZeroDivisionError, OverflowError):
        return "arithmetic pair"
    except LookupError as e:
        return f"lookup: {type(e).__name__}"
    except OSError as e:
        return f"os: {type(e).__name__}"
    except Exception:
        return "generic"
    except BaseException:
        return "base"

for exc in (ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError,
            ValueError, KeyboardInterrupt, SystemExit, FloatingPointError):
    print(exc.__name__, "->", which(exc))
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
handlers = (KeyError, ValueError)
try:
    raise ValueError("dynamic tuple")
except handlers as e:
    print("caught via variable tuple:", e)
