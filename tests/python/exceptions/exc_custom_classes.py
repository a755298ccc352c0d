class AppError(Exception):
    """Base for this app."""
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class WithoutSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b

try:
    raise NotFound("page missing", code=404)
except AppError as e:
    print(type(e).__name__, e, repr(e), e.code, e.args, isinstance(e, Exception))
w = WithoutSuper(1, 2)
print(repr(w), str(w), w.args, w.a)
class Rich(Exception):
    def __repr__(self):
        return "Rich!"
print(repr(Rich("x")), str(Rich("x")))
class MultiBase(KeyError, AttributeError):
    pass
try:
    raise MultiBase("both")
except AttributeError as e:
    print("caught as AttributeError", repr(e), str(e))
print([k.__name__ for k in MultiBase.__mro__])
