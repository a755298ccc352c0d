# An uncaught SyntaxError from compile(): file, line, caret and message.
source = "total = 0\nfor i in range(3)\n    total += i\n"
print("compiling")
code = compile(source, "generated.py", "exec")
