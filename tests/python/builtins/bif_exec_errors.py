# builtins: exec errors (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

show("globals int", exec, "1", 1)
show("globals list", exec, "1", [])
show("locals int", exec, "1", {}, 1)
show("bad source", exec, 1)
show("noargs", exec)
show("four", exec, "1", {}, {}, 1)
show("closure none", exec, "r = 1", {}, None, closure=None)
show("bad kw", exec, "1", foo=1)
show("raises", exec, "raise ValueError('inside')")
show("name", exec, "print(undefined)", {})
for src in ["x =", "def f(:", " x = 1", "return 1", "break", "x = 1\n  y = 2", "f(**a, *b)", "a.b = 1 = 2", "1 = x"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
show("null", exec, "x = 1\x00")
