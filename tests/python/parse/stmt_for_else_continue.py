# for loops with else, break and continue; iterating over many kinds of iterables.
def first_negative(values):
    for index, value in enumerate(values):
        if value < 0:
            print("found", value, "at", index)
            break
    else:
        print("no negative in", values)


first_negative([3, 1, -4, 1])
first_negative([2, 7])
first_negative([])

total = 0
for ch in "a1b2c3":
    if not ch.isdigit():
        continue
    total += int(ch)
print("digit sum", total)

for key in {"x": 1, "y": 2}:
    print("key", key)

for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, "=", v)

for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print("inner else never runs")

for n in range(10, 0, -3):
    print(n, end=" ")
print()

for x in reversed([1, 2, 3]): print(x, end="")
print()
