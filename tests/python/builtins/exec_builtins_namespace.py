# exec/eval: globals['__builtins__'] decides the built-ins of the code and of its functions.
code = "def f():\n    return len('abc')\nresult = f()"
ns = {}
exec(code, ns)
print(ns["result"], type(ns["__builtins__"]).__name__)
limited = {"__builtins__": {"len": lambda s: -1}}
exec(code, limited)
print(limited["result"], limited["f"].__builtins__ is limited["__builtins__"])
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
import builtins
print(eval("abs(-2)", {"__builtins__": builtins}))
print(eval("min(3, 4)", {}))
empty = {"__builtins__": {}}
exec("def g():\n    return max", empty)
try:
    empty["g"]()
except NameError as e:
    print(type(e).__name__, e)
