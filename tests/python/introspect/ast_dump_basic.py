# ast.dump with its options.
import ast

tree = ast.parse("x = foo(1, 'a', *args, k=v)\nif x:\n    del y[0]\nelse:\n    pass")
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[0], include_attributes=True))
print(ast.dump(tree.body[1], indent='\t'))
print(ast.dump(ast.parse("lambda a, *b, c=1, **d: (a, b)"), indent=0))
try:
    ast.dump(5)
except TypeError as e:
    print('TypeError:', e)
