# else clauses of for, while and try, nested so that each else binds to its own
# statement; and if/else inside them.
def search(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                break
        else:
            continue
        return (r, c)
    else:
        return None


grid = [[1, 2], [3, 4]]
print(search(grid, 4), search(grid, 9))

n = 0
while n < 3:
    try:
        if n == 1:
            raise ValueError(n)
    except ValueError:
        print("caught at", n)
    else:
        print("no error at", n)
    finally:
        n += 1
else:
    print("while else after", n)

for i in range(2):
    if i:
        print("if branch", i)
    else:
        print("else branch", i)
else:
    print("for else")

try:
    pass
except Exception:
    pass
else:
    for _ in []:
        pass
    else:
        print("for-else inside try-else")
