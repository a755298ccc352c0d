# Frames of code run by exec() and eval() come from "<string>" and show no source line.
code = """
def helper(x):
    return 10 / x
result = helper(0)
"""
print(eval("1 + 1"))
exec(code)
