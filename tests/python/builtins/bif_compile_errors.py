# builtins: compile errors (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

show("bad mode", compile, "1", "f", "x")
show("bad source", compile, 1, "f", "exec")
show("bad filename", compile, "1", 1, "exec")
show("bad flags", compile, "1", "f", "exec", 12345)
show("bad optimize", compile, "1", "f", "exec", 0, False, 5)
show("missing", compile)
show("missing mode", compile, "1", "f")
show("null", compile, "a\x00", "f", "exec")
show("mode int", compile, "1", "f", 1)
try:
    compile("x =", "fname.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print(e.args)
try:
    compile("def f():\n  return 1\n    x", "f2", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("x = 1 +", "f3", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("nonlocal x", "f4", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
