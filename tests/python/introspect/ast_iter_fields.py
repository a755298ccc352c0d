# iter_fields / iter_child_nodes on nodes with missing and None fields.
import ast

node = ast.parse("def f(a=1): pass").body[0]
for name, value in ast.iter_fields(node):
    print(name, type(value).__name__)
print([type(c).__name__ for c in ast.iter_child_nodes(node)])
partial = ast.FunctionDef(name='g')
print(list(ast.iter_fields(partial)))
print(ast.dump(partial))
print(list(ast.iter_child_nodes(ast.Constant(1))))
