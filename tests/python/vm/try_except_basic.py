def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    except TypeError as e:
        print("type problem:", e)
        return None
    else:
        print("no exception")
        return result
    finally:
        print("finally for", a, b)

print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 1))

try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple handler:", type(e).__name__, e)

try:
    {}["missing"]
except LookupError as e:
    print("base class handler:", repr(e))

try:
    int("xyz")
except Exception:
    print("bare Exception handler")

try:
    raise ValueError("v")
except:
    print("bare except")

e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("name deleted after except:", err)
