# Delimiters: ( ) [ ] { } , : . ; = and slices.
point = (3, 4)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
table = {"x": point[0], "y": point[1]}
print(point, grid, table)
text = "abcdefghij"
print(text[2:5], text[::2], text[::-1], text[-3:], text[:-7:1])
print(text.upper().lower().title())
a = b = c = 7; print(a, b, c)
single = (1,)
empty = ()
print(single, empty, [], {}, len(()))
print({1: 2}[1], [[1, 2], [3]][0][1:])
