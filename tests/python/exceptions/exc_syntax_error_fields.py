try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    compile("def f(:\n  pass", "file.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
try:
    compile("if x\n  pass", "f", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, str(e))
try:
    compile("  x = 1", "f", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
e = SyntaxError("message", ("fname", 3, 4, "the text\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e = SyntaxError("only msg")
print(e.msg, e.filename, e.lineno, str(e))
