def f1():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("f1 finally")

def f2():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        return "from finally"

def f3():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop ended"

def f4():
    while True:
        try:
            raise KeyError("lost")
        finally:
            break
    return "break in finally discards the exception"

def f5():
    try:
        try:
            return "inner"
        finally:
            raise RuntimeError("finally raised")
    except RuntimeError as e:
        return f"caught {e}"

for fn in (f1, f2, f3, f4, f5):
    print(fn.__name__, fn())
