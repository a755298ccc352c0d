# Deleting attributes: missing ones, read-only built-ins, properties without deleters, slots.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)
class P:
    @property
    def value(self):
        return 1
class S:
    __slots__ = ("a",)
class Plain:
    pass
p, s, o = P(), S(), Plain()
attempt("missing", lambda: delattr(o, "x"))
o.x = 1
attempt("present", lambda: delattr(o, "x"))
attempt("again", lambda: delattr(o, "x"))
attempt("property", lambda: delattr(p, "value"))
attempt("set property", lambda: setattr(p, "value", 2))
attempt("slot unset", lambda: delattr(s, "a"))
s.a = 1
attempt("slot set", lambda: delattr(s, "a"))
attempt("slot missing", lambda: setattr(s, "b", 1))
attempt("int attr", lambda: delattr(5, "real"))
attempt("builtin type", lambda: delattr(int, "bit_length"))
attempt("class attr missing", lambda: delattr(Plain, "nothing"))
attempt("function attr", lambda: delattr(attempt, "__name__"))
attempt("module attr missing", lambda: delattr(__import__("sys"), "no_such_name"))
attempt("non-str name", lambda: delattr(o, 5))
attempt("getattr non-str", lambda: getattr(o, None))
attempt("setattr non-str", lambda: setattr(o, 1.5, 0))
