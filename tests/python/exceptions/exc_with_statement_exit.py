# Context managers see exceptions in __exit__ and may suppress them by returning true.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress
with CM(True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM(False):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with CM(False) as cm:
    pass
print(type(cm).__name__)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        pass
except RuntimeError as e:
    print(repr(e))
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(repr(e), repr(e.__context__))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string"
with Truthy():
    raise IndexError
print("truthy suppressed")
try:
    with object():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
