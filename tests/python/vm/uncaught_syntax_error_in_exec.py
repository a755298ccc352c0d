# A SyntaxError raised by exec() at run time is an ordinary exception: its
# traceback shows the exec call, then the offending source line with a caret.
snippets = ["x = 1", "y = x + 1", "print('snippet ran, y =', y)"]
ns = {}
for s in snippets:
    exec(s, ns)
print(ns["y"])
try:
    exec("def broken(:\n    pass", {})
except SyntaxError as e:
    print("caught:", e.msg, e.lineno, e.offset)
bad = "total = (1 +\n"
print("executing an unfinished expression")
exec(bad, ns)
print("not reached")
