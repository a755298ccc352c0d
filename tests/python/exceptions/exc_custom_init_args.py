# Custom exceptions: args come from the constructor call unless __init__ calls super() with others.
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
n = NoSuper(404)
print(n.args, str(n), repr(n), n.code)
class Different(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")
        self.a = a
d = Different(1, 2)
print(d.args, str(d), repr(d))
class WithStr(Exception):
    def __str__(self):
        return f"custom str of {self.args}"
print(str(WithStr(1)), repr(WithStr(1)))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(str(WithRepr("m")), repr(WithRepr("m")), [WithRepr()])
class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
print(KwOnly(reason="r").args)
try:
    KwOnly("positional")
except TypeError as e:
    print(type(e).__name__, e)
class NewOverride(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "forced")
        return self
print(NewOverride("given").args)
class Deep(KeyError):
    pass
print(str(Deep("k")), repr(Deep("k")), isinstance(Deep(), LookupError))
try:
    Exception(a=1)
except TypeError as e:
    print(type(e).__name__, e)
