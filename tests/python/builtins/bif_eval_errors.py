# builtins: eval errors (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

show("globals list", eval, "1", [])
show("globals int", eval, "1", 1)
show("locals int", eval, "1", {}, 1)
show("bad source", eval, 1)
show("noargs", eval)
show("four", eval, "1", {}, {}, 1)
show("kw", eval, source="1")
show("name error", eval, "undefined_name")
show("name error locals", eval, "q", {}, {})
show("zero div", eval, "1/0")
for src in ["x = 1", "1; 2", "", "import os", "if 1: pass", "1\n2", "yield 1", "*a", "pass", "a if b", "1 +", "(1"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
show("null", eval, "1\x00")
