# The Ellipsis literal ...: as a value, in subscripts and slices, as a body, in
# containers and comparisons.
class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(..., repr(...), Ellipsis, ... is Ellipsis, ... == ...)
print(g[...], g[..., 1], g[1, ...], g[..., ...], g[:, ..., :])
print([..., 1], (...,), {...: "ellipsis key"}[...])


def stub():
    ...


print(stub(), bool(...), type(...).__name__, str(...))
x = ...
print(x if x is not ... else "x is ...")
