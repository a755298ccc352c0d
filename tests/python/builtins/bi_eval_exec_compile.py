print(eval("2 + 3"), eval("[x * 2 for x in range(3)]"), eval("a", {"a": 1}), eval("a", {}, {"a": 2}))
ns = {}
print(exec("y = 5", ns), ns["y"])
code = compile("z * 3", "<cmp>", "eval")
print(eval(code, {"z": 4}), code.co_filename, type(code).__name__)
exec(compile("print('exec of compiled module')", "<m>", "exec"))
print(eval("__builtins__") is not None, eval("len")("four"))
for bad in ((eval, "1 +"), (exec, "def"), (compile, "x = = 1")):
    try:
        bad[0](*((bad[1],) if bad[0] is not compile else (bad[1], "<s>", "exec")))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("x = 1", [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval(" 1 + 1 \n"), eval("\t\t7"))
print(compile("1", "<s>", "eval", dont_inherit=True).co_consts)
