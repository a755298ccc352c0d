# builtins: import builtin (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

m = __import__("math")
print(m.__name__, m.floor(2.7))
s = __import__("sys")
print(s is __import__("sys"))
show("int name", __import__, 1)
show("empty", __import__, "")
show("negative level", __import__, "math", level=-1)
show("missing", __import__, "no_such_module_for_glasspy_tests")
show("noargs", __import__)
show("level str", __import__, "math", level="x")
print(__import__(name="math").pi)
print(__import__("math", {}, {}, ["floor"]).floor(1.5))
