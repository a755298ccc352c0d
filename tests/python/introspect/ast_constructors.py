# Building nodes by hand: positional and keyword fields, missing fields, errors.
import ast

n = ast.Name('x', ast.Load())
print(ast.dump(n), n.id, type(n.ctx).__name__)
b = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(value=2, kind=None))
print(ast.dump(b))
print(ast.dump(ast.Name()), ast.dump(ast.Name(id='q')))
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError:', e)
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print('TypeError:', e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print('TypeError:', e)
extra = ast.Pass(custom=5)
print(extra.custom, ast.dump(extra))
c = ast.Constant(value=4)
print(c.n, c.s, c.kind)
print(ast.dump(ast.Constant(value=...)), ast.dump(ast.Constant(value=b'\x00')))
