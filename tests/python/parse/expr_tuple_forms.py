# Tuples: empty, one-element with trailing comma, without parentheses in assignments,
# returns, for targets, subscripts and yields; nested tuples and parenthesised values.
empty = ()
one = (1,)
bare_one = 1,
not_tuple = (1)
several = 1, 2, 3
nested = ((1, 2), (3, (4, 5)), ())
print(empty, one, bare_one, not_tuple, several, nested)
print(type(not_tuple).__name__, len(nested[2]), nested[1][1][0])
a = b = 1, 2
print(a is b, a)
x, = [7]
print(x)


def pair():
    return "left", "right"


print(pair(), [pair()], (pair(),))
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[0, 0], grid[1, 0], grid[(1, 0)])
print(tuple("abc"), tuple(), (1, "a", None, 2.5, ()) * 2)
for item in 1, 2:
    print("item", item)
t = (
    "multi",
    "line",
)
print(t, ("single", "string") [0], ("no" "comma"))
