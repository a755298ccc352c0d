# builtins: callable (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

show("builtin", callable, len)
show("type", callable, int)
show("lambda", callable, lambda: 0)
show("int", callable, 3)
show("str", callable, "s")
show("method", callable, "s".upper)
show("none", callable, None)
class C:
    def __call__(self):
        return 1
class D:
    pass
show("instance with call", callable, C())
show("instance without", callable, D())
show("class", callable, D)
show("noargs", callable)
show("kw", callable, obj=1)
d = D()
d.__call__ = lambda: 1
show("instance attr call", callable, d)
