# Subscripts and slices: indexes, negative indexes, all slice forms, steps, extended
# slices with tuples and Ellipsis, slice objects, and slice assignment and deletion.
s = list(range(10))
print(s[3], s[-1], s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:-1])
print(s[8:2:-2], s[:-7:-1], s[100:], s[2:5:], s[::], "abcdef"[1:-1:2])
i, j = 2, 6
print(s[i:j], s[i + 1:j * 2 - 5], s[len(s) // 2:], s[-i:])


class Probe:
    def __getitem__(self, key):
        return key


p = Probe()
print(p[1], p[1:2], p[::], p[1:2:3], p[:, 1], p[1, 2:3], p[..., 0], p[()], p[(1,)])
print(p[1:2, ::3, ...], p[:, :], p[[1, 2]], p[{"k": 1}["k"]], p["key"], p[-1:])
print(p[1,], p[1:2,], p[lambda: 0] is not None)

grid = [[r * 10 + c for c in range(4)] for r in range(3)]
print(grid[1][2], grid[-1][-1], [row[1:3] for row in grid[::2]])

t = list("abcdefg")
t[1:3] = ["X"]
t[::2] = "1234"[:len(t[::2])]
del t[-2:]
print(t)
sl = slice(1, None, 2)
print(s[sl], sl.start, sl.stop, sl.step)
