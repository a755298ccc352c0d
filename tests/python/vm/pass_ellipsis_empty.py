def nothing():
    pass

def placeholder():
    ...

class Empty:
    pass

class DocOnly:
    "Only a docstring."

print(nothing(), placeholder(), Empty.__name__, DocOnly.__doc__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)

for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass

with open(__file__) as fh:
    pass
print(fh.closed)

def only_docstring():
    """Docstring only: returns None."""
print(only_docstring())
print([...][0], (..., ...))
x = [1, 2, 3]
print(x[...] if hasattr(x, "__class_getitem__") and False else "no ellipsis indexing on lists")
lambda: ...
print("done")
