# SyntaxError raised by compile(): msg, filename, lineno, offset, text, end positions, subclasses.
sources = ["x = (1, 2", "def f(:\n    pass", "if True:\nprint(1)", "a = 1 +", "1 = x", "f(**k, *a)",
           "x = 'unterminated", "return 5", "\tif x:\n        pass\n\tpass", "lambda: (yield)", "del f()"]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("   str:", str(e))
e = SyntaxError("message", ("file.py", 3, 7, "bad line\n", 3, 9))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e), e.args)
print(str(SyntaxError("only msg")), SyntaxError("only msg").lineno, str(SyntaxError()))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(e.msg, e.filename, e.offset)
try:
    exec("for")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
