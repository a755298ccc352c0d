# builtins: globals locals (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

g = globals()
print(type(g).__name__, g is globals(), "g" in g, g["__name__"])
new_global = 42
print(g["new_global"])
g["made_here"] = "yes"
print(made_here)
def f(a, b=2, *args, **kw):
    c = a + b
    print(sorted(locals().items()))
    return locals()
r = f(1, 3, 4, k=5)
print(sorted(r))
def outer():
    x = 1
    def inner():
        y = 2
        return sorted(locals().items()), x
    return inner()
print(outer())
def unbound():
    before = locals()
    z = 1
    return before, locals()
print(unbound())
class K:
    attr = 1
    names = sorted(locals())
print(K.names)
print(locals() is globals())
show("globals arg", globals, 1)
show("locals arg", locals, 1)
show("locals kw", locals, x=1)
