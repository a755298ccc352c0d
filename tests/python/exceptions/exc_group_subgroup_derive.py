# subgroup/split with types, tuples and predicates; derive() and copied metadata.
def show(g, indent=""):
    if g is None:
        print(indent + "None")
        return
    if isinstance(g, BaseExceptionGroup):
        print(f"{indent}{type(g).__name__}({g.message!r}) notes={getattr(g, '__notes__', None)}")
        for sub in g.exceptions:
            show(sub, indent + "  ")
    else:
        print(f"{indent}{type(g).__name__}({g})")

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("mid", [ValueError(3), KeyError(4)])])
eg.add_note("top note")
eg.__cause__ = RuntimeError("cause")
show(eg.subgroup(ValueError))
show(eg.subgroup((TypeError, KeyError)))
show(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show(eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg, eg.subgroup(lambda e: True) is eg)
match, rest = eg.split(ValueError)
show(match)
show(rest)
print(repr(match.__cause__), match.__traceback__ is eg.__traceback__)
m2, r2 = eg.split(lambda e: isinstance(e, ExceptionGroup))
print(m2 is eg, r2)

class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "*", excs)
t = Tagged("tag", [ValueError(), TypeError()])
a, b = t.split(ValueError)
print(type(a).__name__, a.message, type(b).__name__, b.message)
d = eg.derive([KeyError("x")])
print(type(d).__name__, d.message, getattr(d, "__notes__", None), d.__cause__)
try:
    eg.split(5)
except TypeError as e:
    print(type(e).__name__, e)
