# ast.parse in exec, eval and single modes; bytes sources; filename in errors.
import ast

print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse(b"y = 'b'\n")))
print(type(ast.parse("")).__name__, ast.parse("").body)
tree = ast.parse("pass")
print(ast.parse(tree) is tree)
try:
    ast.parse("x = = 2", filename="bad.py")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    ast.parse("x = 1", mode="wrong")
except ValueError as e:
    print('ValueError:', e)
