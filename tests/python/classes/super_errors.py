# super() failures and their messages.
def attempt(label, f):
    try:
        print(label, f())
    except (RuntimeError, TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)

attempt("module level", lambda: super())
def no_args():
    return super()
attempt("no args", no_args)
def one_arg(x):
    return super()
attempt("no cell", lambda: one_arg(1))
class A:
    def deleted(self):
        del self
        return super()
    def in_comprehension(self):
        return [super() for _ in "x"]
    @staticmethod
    def static():
        return super()
    def nested(self):
        def inner():
            return super()
        return inner()
attempt("deleted", lambda: A().deleted())
attempt("comprehension", lambda: A().in_comprehension())
attempt("static", lambda: A.static())
attempt("nested", lambda: A().nested())
attempt("not a type", lambda: super(1, 2))
attempt("bad obj", lambda: super(A, 1))
attempt("too many", lambda: super(A, A(), 3))
attempt("keyword", lambda: super(type=A))
class B(A):
    pass
attempt("unrelated class", lambda: super(B, A))
attempt("missing attr", lambda: super(B, B()).missing)
attempt("repr bound", lambda: repr(super(B, B())))
attempt("repr unbound", lambda: repr(super(B)))
attempt("repr class", lambda: repr(super(B, B)))
