src_single = "x = 7\nx * 6\n"
try:
    compile(src_single, "<s>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

ns = {}
exec(compile("x = 7", "<s>", "single"), ns)
exec(compile("x * 6", "<s>", "single"), ns)
exec(compile("None", "<s>", "single"), ns)
exec(compile("'text'", "<s>", "single"), ns)
print(ns["_"] if "_" in ns else "no underscore in ns")

code = compile("a + b", "<sum>", "eval")
print(code.co_names, code.co_filename, code.co_name)
print(eval(code, {"a": 1, "b": 2}))

code = compile("def f():\n    return 1\n", "<defs>", "exec")
print(code.co_consts[1] if False else [type(c).__name__ for c in code.co_consts])

try:
    compile("x = 1", "<bad>", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("if True:\n  pass\n pass", "<indent>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("return 5", "<ret>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
print(eval(compile("[i for i in range(3)]", "<lc>", "eval")))
print(compile(b"1 + 1", "<bytes>", "eval").co_consts)
