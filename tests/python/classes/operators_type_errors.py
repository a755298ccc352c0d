# TypeError messages of operators on classes without the dunders.
class A:
    pass
class B:
    def __add__(self, other):
        return NotImplemented
    def __lt__(self, other):
        return NotImplemented

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)

a, b = A(), B()
attempt("+", lambda: a + 1)
attempt("r+", lambda: 1 + a)
attempt("B+", lambda: b + b)
attempt("-", lambda: a - a)
attempt("*", lambda: a * "s")
attempt("@", lambda: a @ a)
attempt("**", lambda: a ** 2)
attempt("pow3", lambda: pow(a, 2, 3))
attempt("<", lambda: a < a)
attempt("B<", lambda: b < b)
attempt(">=", lambda: a >= 1)
attempt("==", lambda: a == a)
attempt("!=", lambda: a != b)
attempt("neg", lambda: -a)
attempt("pos", lambda: +a)
attempt("inv", lambda: ~a)
attempt("abs", lambda: abs(a))
attempt("len", lambda: len(a))
attempt("iter", lambda: iter(a))
attempt("index", lambda: [1][a])
attempt("subscript", lambda: a[0])
attempt("call", lambda: a())
attempt("in", lambda: 1 in a)
attempt("int", lambda: int(a))
attempt("float", lambda: float(a))
attempt("hash ok", lambda: type(hash(a)).__name__)
def inplace():
    x = A()
    x += 1
attempt("+=", inplace)
def inplace2():
    x = A()
    x **= 1
attempt("**=", inplace2)
def setitem():
    a[0] = 1
attempt("setitem", setitem)
def delitem():
    del a[0]
attempt("delitem", delitem)
