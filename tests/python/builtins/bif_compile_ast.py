# compile() of an ast tree, and ast.unparse: a tree built by ast.parse, changed, compiled
# and run; then turned back into source text.
import ast

tree = ast.parse("total = price * count\nprint(total)")
tree.body[0].value.op = ast.Add()
namespace = {"price": 3, "count": 4}
exec(compile(tree, "<tree>", "exec"), namespace)
print(ast.unparse(tree))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(42))), "<expr>", "eval")))
