# The ... token: a placeholder body, a value, and an index.
class Grid:
    def __getitem__(self, key):
        return f"Grid[{key!r}]"


def not_done_yet():
    ...


class Protocol:
    def method(self) -> int: ...


print(not_done_yet(), Protocol().method())
print(..., Ellipsis is ..., type(...).__name__)
g = Grid()
print(g[...], g[1, ...], g[..., 0], g[:, ...])
x = ...
print(x == Ellipsis, [..., ...])
