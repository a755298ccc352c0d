# ast.get_source_segment.
import ast

src = "x = (1 +\n     2)\nname = 'héllo' + y\nif x:\n    z = [1,\n         2]\n"
tree = ast.parse(src)
for node in ast.walk(tree):
    if isinstance(node, (ast.BinOp, ast.Constant, ast.List, ast.Name)):
        print(type(node).__name__, repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, tree.body[2].body[0], padded=True)))
print(ast.get_source_segment(src, ast.Name('q')))
