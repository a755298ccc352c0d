# compile() of ast trees: a parsed module with every kind of statement run from its tree, trees
# built by hand (Expression, Interactive), PyCF_ONLY_AST on a tree, and CPython's errors for bad trees.
import ast
tree = ast.parse("total = price * count\nprint(total)")
tree.body[0].value.op = ast.Add()
ns = {"price": 3, "count": 4}
exec(compile(tree, "<tree>", "exec"), ns)
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(42))), "<expr>", "eval")))
src = '''
def f(a, b=2, *args, c, d=4, **kw):
    """doc"""
    total = 0
    for i in range(a):
        if i % 2 == 0:
            total += i
        else:
            continue
    try:
        x = {1: 2, **kw}
    except KeyError as e:
        pass
    finally:
        total += 1
    with open(__file__) as fh, open(__file__):
        pass
    while total > 100:
        total -= 1
    return [i * j for i in range(3) for j in range(2) if i], {k: v for k, v in kw.items()}, {1, 2}, (lambda q: q + 1)(b)
class C(object, metaclass=type):
    x: int = 5
    def m(self): return f"{self.x!r:>4} {self.x=}"
print(f(3, c=1, z=9), C().m())
match [1, 2]:
    case [1, *rest] if rest: print("m", rest)
    case {"a": 1, **r}: pass
    case C(x=5) | None: pass
    case _: pass
async def g():
    async with x as y:
        await y
    async for i in z: yield i
import os.path as p, sys
from os import path
global_ = [*range(3), *[4]]
a, *b = global_
print(a, b, global_[1:2], global_[::2], not a, -a, a if b else 0, a and b or a)
try:
    raise ValueError("x") from None
except* ValueError as eg:
    print(type(eg).__name__)
del a
assert True, "msg"
x = 1; x <<= 2; print(x)
print((y := 10), 3 < x <= 10 != 11)
'''
t = ast.parse(src)
exec(compile(t, "<ast>", "exec"), {"__file__": __file__})
try:
    compile(ast.Module(body=[ast.Expr(ast.Constant(1))], type_ignores=[]), "<x>", "exec")
except TypeError as e: print(e)
try: compile(ast.Module(body=[]), "<x>", "exec")
except TypeError as e: print(e)
try: compile(ast.Expression(ast.Constant(1)), "<x>", "exec")
except TypeError as e: print(e)
bad = ast.fix_missing_locations(ast.Module(body=[ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], None)], type_ignores=[]))
try: compile(bad, "<x>", "exec")
except ValueError as e: print(e)
try: compile(ast.fix_missing_locations(ast.Expression(ast.Name(5, ast.Load()))), "<x>", "eval")
except TypeError as e: print(e)
try: compile(ast.fix_missing_locations(ast.Expression(ast.Constant([1]))), "<x>", "eval")
except TypeError as e: print(e)
try: compile(ast.fix_missing_locations(ast.Module(body=(ast.Pass(),), type_ignores=[])), "<x>", "exec")
except TypeError as e: print(e)
print(compile(t, "<ast>", "exec", ast.PyCF_ONLY_AST) is t)
i = ast.Interactive(body=[ast.Expr(ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))])
exec(compile(ast.fix_missing_locations(i), "<i>", "single"))
try: compile(ast.fix_missing_locations(ast.Module([ast.Return(ast.Constant(1))], [])), "<r>", "exec")
except SyntaxError as e: print(e)
