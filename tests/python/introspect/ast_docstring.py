# ast.get_docstring with and without cleaning.
import ast

src = '''
"""Module doc.

    indented line
"""

def f():
    """   Function doc.

        More text.
            deeper
    """

class C:
    x = 1

def g():
    return "not a doc"
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[2])), repr(ast.get_docstring(tree.body[3])))
try:
    ast.get_docstring(tree.body[2].body[0])
except TypeError as e:
    print('TypeError:', e)
