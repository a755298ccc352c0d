e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
e2 = RuntimeError()
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
