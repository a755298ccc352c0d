# co_consts and co_names: docstrings, folded constants, nested code objects, globals.
def documented(x):
    "The docstring."
    y = (1, 2, 3)
    z = 2 ** 10
    return len(y) + z + x + 1.5

def undocumented():
    return print, abs, None

def with_nested():
    def helper():
        pass
    return helper

print(documented.__code__.co_consts)
print(documented.__code__.co_names)
print(undocumented.__code__.co_consts, undocumented.__code__.co_names)
consts = with_nested.__code__.co_consts
print(len(consts), [type(c).__name__ for c in consts])
print([c.co_name for c in consts if hasattr(c, 'co_code')])
m = compile("import os.path as p\nx = y.z\ndel q", "<m>", "exec")
print(m.co_names, m.co_consts)
