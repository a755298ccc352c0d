# builtins: eval basic (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

x = 5
print(eval("x * 2"), eval("  x + 1"), eval("\tx"), eval("[i for i in range(3)]"), eval("(1,\n2)"))
print(eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": 1}, {"x": 3}), eval("x", None, {"x": 7}))
print(eval(b"1 + 2"), eval("1\n\n"), eval("lambda: 42")())
g = {"a": 10}
print(eval("a", g), "__builtins__" in g)
print(eval("len('abc')", {}), eval("__name__"))
def f():
    local = 99
    return eval("local + 1")
print(f())
def nested():
    outer_var = 3
    def inner():
        return eval("outer_var")
    return inner()
show("nested free var", nested)
