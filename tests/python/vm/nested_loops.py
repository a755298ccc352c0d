def pairs(n):
    out = []
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            if j > 3:
                break
            out.append((i, j))
    return out

print(pairs(7))

# breaking out of nested loops with a flag and with for-else
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row_index, row in enumerate(grid):
    for col_index, value in enumerate(row):
        if value == 5:
            print("found 5 at", row_index, col_index)
            break
    else:
        continue
    break

# triangle
for i in range(1, 5):
    print(" ".join(str(i * j) for j in range(1, i + 1)))

i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print(i, j, end="; ")
        j += 1
    i += 1
print()
