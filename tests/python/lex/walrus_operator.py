# The assignment expression operator :=
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")

chunks = iter(data)
while (chunk := next(chunks, None)) is not None:
    if chunk > 20:
        print("first above 20:", chunk)
        break

values = [y for x in data if (y := x * x) % 3 == 0]
print(values)
print([last := i for i in range(3)], last)
print((total := sum(data)), total // n)
