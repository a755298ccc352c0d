calls = []
class Root:
    def __init__(self):
        calls.append("Root")
        super().__init__()
class Left(Root):
    def __init__(self):
        calls.append("Left")
        super().__init__()
class Right(Root):
    def __init__(self):
        calls.append("Right")
        super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        calls.append("Bottom")
        super().__init__()
Bottom()
print(calls)

class A:
    def __init__(self, **kw):
        self.a = kw.pop("a")
        super().__init__(**kw)
class B:
    def __init__(self, **kw):
        self.b = kw.pop("b")
        super().__init__(**kw)
class AB(A, B):
    pass
ab = AB(a=1, b=2)
print(ab.a, ab.b)
try:
    AB(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
