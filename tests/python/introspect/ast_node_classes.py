# The node class hierarchy, _fields, _attributes, docs and optional-field defaults.
import ast

for name in ('Module', 'FunctionDef', 'Name', 'Constant', 'arguments', 'arg', 'keyword',
             'comprehension', 'ExceptHandler', 'MatchAs', 'Load', 'Add', 'alias'):
    cls = getattr(ast, name)
    print(name, [b.__name__ for b in cls.__mro__], cls._fields, cls._attributes)
print(ast.stmt.__doc__.splitlines()[0])
print(ast.expr_context.__doc__)
print(ast.cmpop.__doc__)
print(ast.mod.__doc__)
print(ast.Name.__doc__, ast.arguments.__doc__)
print(ast.FunctionDef.returns, ast.expr.end_lineno, ast.ImportFrom.level, ast.Constant.kind)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.If, ast.stmt), isinstance(ast.Load(), ast.expr_context))
print(ast.Name.__match_args__, ast.AST._fields, type(ast.AST).__name__, ast.Name.__module__)
