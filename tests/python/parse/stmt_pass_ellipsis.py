# pass and ... as placeholder bodies in functions, classes, loops and branches.
def todo():
    pass


def later():
    ...


class Empty:
    pass


class Marker:
    ...


for _ in range(3):
    pass

if todo() is None:
    pass
else:
    ...

while False:
    pass

print(todo(), later(), Empty.__name__, Marker.__name__)
print(..., type(...).__name__, Ellipsis is ...)
print([..., ...][0] is Ellipsis)
