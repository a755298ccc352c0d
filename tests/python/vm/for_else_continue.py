for i in range(5):
    if i == 2:
        continue
    print("i", i)
else:
    print("loop completed")

for word in ["alpha", "beta", "gamma"]:
    if word.startswith("b"):
        print("breaking at", word)
        break
else:
    print("should not print")

for ch in "":
    print("never")
else:
    print("empty iterable still runs else")

total = 0
for a, b in [(1, 2), (3, 4), (5, 6)]:
    total += a * b
print("total", total)

for i, (x, y) in enumerate(zip("abc", [10, 20, 30]), start=1):
    print(i, x, y)

# loop variable persists after the loop
for last in range(3):
    pass
print("last", last)
