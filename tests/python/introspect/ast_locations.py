# Node positions and the location helpers.
import ast

src = "def f(x):\n    return x + 10\n\ny = f(\n  2)\n"
tree = ast.parse(src)
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
new = ast.BinOp(ast.Name('a', ast.Load()), ast.Add(), ast.Constant(1))
module = ast.Module([ast.Expr(new)], [])
ast.fix_missing_locations(module)
print(ast.dump(module, include_attributes=True))
ast.increment_lineno(tree, 5)
print(tree.body[0].lineno, tree.body[0].end_lineno, tree.body[1].value.lineno)
c = ast.copy_location(ast.Name('z', ast.Load()), tree.body[1])
print(c.lineno, c.col_offset, c.end_lineno, c.end_col_offset)
