# User exception classes: __init__, __str__, super(), attributes, hierarchy.
class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound("missing thing", 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
class Multi(KeyError, TypeError):
    pass
try:
    raise Multi("both")
except TypeError as e:
    print("caught as TypeError", type(e).__name__, [c.__name__ for c in type(e).__mro__])
class Slotted(Exception):
    __slots__ = ("detail",)
s = Slotted("msg")
s.detail = "d"
print(s.detail, s.args)
class Custom(Exception):
    def __init__(self):
        pass
c = Custom()
print(repr(c), c.args, str(c) == "")
class Meta(type):
    pass
class MetaError(Exception, metaclass=Meta):
    pass
try:
    raise MetaError("with metaclass")
except MetaError as e:
    print(type(type(e)).__name__, e)
