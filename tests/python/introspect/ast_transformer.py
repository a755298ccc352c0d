# NodeTransformer: replacing, removing and expanding nodes.
import ast

class Rewrite(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
    def visit_Pass(self, node):
        return None
    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, node]

tree = ast.parse("a = 1 + 2\npass\nprint('s', 3)")
new = Rewrite().visit(tree)
print(new is tree)
print(ast.dump(new))
print(new.body[0].value.left.lineno, new.body[0].value.left.col_offset)

class Drop(ast.NodeTransformer):
    def visit_Return(self, node):
        return None

t = ast.parse("def f():\n    return 1")
print(ast.dump(Drop().visit(t)))
