# while loops with break, continue and else clauses, nested loops, while True.
def find_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d


print([(n, find_factor(n)) for n in (15, 17, 49, 97)])

i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    print("loop finished with i =", i)
print(evens)

stack = [1, [2, [3, [4]]]]
depth = 0
while True:
    depth += 1
    if len(stack) < 2:
        break
    stack = stack[1]
print("depth", depth, stack)

row = 0
while row < 3:
    col = 0
    while col < 3:
        if col > row:
            break
        print(f"({row},{col})", end=" ")
        col += 1
    row += 1
print()

n = 5
while n:
    n -= 1
else:
    print("else runs when the condition becomes false:", n)
