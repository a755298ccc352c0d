# builtins: eval code objects (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

c = compile("a + b", "<ab>", "eval")
print(eval(c, {"a": 1, "b": 2}), eval(c, {"a": "x", "b": "y"}))
print(eval(c, {}, {"a": [1], "b": [2]}))
ce = compile("q = 10\nq * 2", "<exec>", "exec")
ns = {}
print(eval(ce, ns), ns["q"])
def make():
    v = 1
    def inner():
        return v
    return inner.__code__
show("free vars eval", eval, make())
show("free vars exec", exec, make())
print(eval("(lambda n: n * n)(7)"))
print(eval("[x for x in range(3)]", {}))
