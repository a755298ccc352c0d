# builtins: abs dunder (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class N:
    def __abs__(self):
        return "absolute!"
class Bad:
    pass
show("dunder", abs, N())
show("missing", abs, Bad())
class F(float):
    pass
show("float subclass", abs, F(-1.5))
class I(int):
    def __abs__(self):
        return 99
show("int subclass override", abs, I(-3))
