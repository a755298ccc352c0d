# property errors in 3.11's words, with and without a name.
class C:
    ro = property(lambda self: "read only")
    wo = property(None, lambda self, v: print("set", v))
    none = property()
    def _del(self):
        print("deleted")
    do = property(None, None, _del)

c = C()
def attempt(label, f):
    try:
        print(label, f())
    except AttributeError as e:
        print(label, type(e).__name__, e)

attempt("get ro", lambda: c.ro)
attempt("set ro", lambda: setattr(c, "ro", 1))
attempt("del ro", lambda: delattr(c, "ro"))
attempt("get wo", lambda: c.wo)
attempt("set wo", lambda: setattr(c, "wo", 2))
attempt("get none", lambda: c.none)
attempt("del do", lambda: delattr(c, "do"))
unnamed = property()
attempt("unnamed get", lambda: unnamed.__get__(c, C))
attempt("unnamed set", lambda: unnamed.__set__(c, 1))
attempt("unnamed del", lambda: unnamed.__delete__(c))
def outer():
    class Local:
        p = property()
    return Local
attempt("qualname", lambda: outer()().p)
print(C.ro is C.__dict__["ro"], type(C.ro).__name__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    property(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
p = property(fget=len, doc="the doc")
print(p.fget is len, p.fset, p.fdel, p.__doc__)
