# Setting a class's __doc__, a cell's contents, types.MethodType, and built-in types that
# cannot be instantiated from Python.
import types


class A:
    "first"


A.__doc__ = "second"
print(A.__doc__, A().__doc__)
for target, value in ((int, "x"), (A, None)):
    try:
        if value is None:
            del target.__doc__
        else:
            target.__doc__ = value
    except TypeError as e:
        print(type(e).__name__, e)


def outer():
    x = 1

    def inner():
        return x

    return inner


f = outer()
cell = f.__closure__[0]
cell.cell_contents = 5
print(f(), cell.cell_contents)
del cell.cell_contents
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    cell.cell_contents
except ValueError as e:
    print(type(e).__name__, e)


class B:
    pass


def method(self, y):
    return type(self).__name__, y


b = B()
m = types.MethodType(method, b)
print(m(3), m.__self__ is b, m.__func__ is method, m == types.MethodType(method, b))
for args in ((1, b), (method, None), (method,)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for t in (type(iter([])), type(iter(range(3))), type({}.keys()), type({}.values()), type(len),
          type(iter("")), type(zip().__iter__)):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
import ast
tree = compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(ast.dump(compile("1 + 2", "<s>", "eval", ast.PyCF_ONLY_AST)))
print(ast.dump(compile("y", "<s>", "single", ast.PyCF_ONLY_AST)))
