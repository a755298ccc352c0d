# ast.walk and NodeVisitor over a small module.
import ast

source = '''
def f(a, b):
    return a + b * 2

class C:
    def m(self):
        return f(1, 2)

x = [f(i, i) for i in range(3)]
'''
tree = ast.parse(source)
counts = {}
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items()))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0
    def visit_Name(self, node):
        self.names.append(node.id)
    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)
    def visit_FunctionDef(self, node):
        self.names.append('def ' + node.name)
        self.generic_visit(node)

v = Names()
v.visit(tree)
print(v.names, v.calls)
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse('x', mode='eval').body)])
