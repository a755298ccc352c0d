# add_note and __notes__: type checks, manual assignment, notes on groups and copies.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nmultiline")
print(e.__notes__)
for bad in (1, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(type(err).__name__, err)
e.__notes__ = ("replaced",)
try:
    e.add_note("more")
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ["list again"]
e.add_note("appended")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("fresh")
print(e.__notes__, str(e), e.args)
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
eg.add_note("group note")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
class Sub(Exception):
    pass
s = Sub()
s.add_note("x")
print(s.__notes__, type(s).__name__)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
