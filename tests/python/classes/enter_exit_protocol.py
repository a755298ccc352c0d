class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, tb is not None)
        return self.suppress

with Ctx("a") as c:
    print("body", c.name)
with Ctx("b", suppress=True):
    raise KeyError("suppressed")
try:
    with Ctx("c"):
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)
class EnterOnlyOnClass:
    pass
obj = EnterOnlyOnClass()
obj.__enter__ = lambda: None
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except TypeError as e:
    print(type(e).__name__, e)
