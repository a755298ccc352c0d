# The = specifier keeps the expression text (with spaces) and uses repr unless a spec or conversion is given.
x, y = 3, "hi"
vals = [1.5, None]
print(f"{x=}", f"{x = }", f"{x= }", f"{x =}", f"{y=}", f"{y=!s}", f"{y=:>5}", f"{y=!r:>6}")
print(f"{x + 1=}", f"{x*2 = }", f"{vals[0]=:.3f}", f"{vals=}", f"{len(vals)=}")
print(f"{y.upper()=}", f"{'q'=}", f"{3.0=}", f"{x=!a}", f"{x=:#x}")
class P:
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return "formatted:" + spec
print(f"{P()=}", f"{P()=:abc}", f"{P()=!s}")
print(f"{x=}{y=}", f"a{x=}b")
