# Which of __new__ / __init__ complains about extra arguments, as CPython decides.
def attempt(label, f):
    try:
        obj = f()
        print(label, "ok", type(obj).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

class Nothing:
    pass
class InitOnly:
    def __init__(self, a):
        self.a = a
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
class Both:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__()
class BothPassing:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(*a)
attempt("Nothing()", lambda: Nothing())
attempt("Nothing(1)", lambda: Nothing(1))
attempt("Nothing(k=1)", lambda: Nothing(k=1))
attempt("InitOnly(1)", lambda: InitOnly(1))
attempt("InitOnly()", lambda: InitOnly())
attempt("InitOnly(1, 2)", lambda: InitOnly(1, 2))
attempt("NewOnly(1)", lambda: NewOnly(1))
attempt("NewOnly()", lambda: NewOnly())
attempt("Both(1, 2)", lambda: Both(1, 2))
attempt("BothPassing(1)", lambda: BothPassing(1))
attempt("object.__init__ extra", lambda: object.__init__(Nothing(), 1))
class InitCallsObject:
    def __init__(self, *a):
        object.__init__(self, *a)
attempt("InitCallsObject(1)", lambda: InitCallsObject(1))
attempt("InitCallsObject()", lambda: InitCallsObject())
class NewCallsObject:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
attempt("NewCallsObject(1)", lambda: NewCallsObject(1))
attempt("int subclass", lambda: type("I", (int,), {})("12"))
attempt("list subclass", lambda: type("L", (list,), {})([1], [2]))
