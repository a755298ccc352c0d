def level3():
    raise KeyError("deep")

def level2():
    try:
        level3()
    except ValueError:
        print("not reached")
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", repr(e))
        return "handled"

print(level1())

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("from handler")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

try:
    try:
        1 / 0
    finally:
        print("inner finally during propagation")
except ZeroDivisionError:
    print("outer caught ZeroDivisionError")

def reraise():
    try:
        int("no")
    except ValueError:
        print("logging, then re-raise")
        raise

try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

try:
    try:
        raise OSError("first")
    except OSError:
        try:
            raise RuntimeError("second")
        except RuntimeError as inner:
            print("inner context", repr(inner.__context__))
        raise
except OSError as e:
    print("outer sees", repr(e))
