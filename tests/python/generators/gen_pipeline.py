# Generators composed into a lazy pipeline.
lines = [
    "# comment",
    "alpha 3",
    "",
    "beta 10",
    "gamma x",
    "delta 7",
]

def non_blank(source):
    for line in source:
        if line.strip() and not line.startswith("#"):
            yield line

def parse(source):
    for line in source:
        name, _, value = line.partition(" ")
        try:
            yield name, int(value)
        except ValueError:
            print("skipping", repr(line))

def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, total

for name, total in running_total(parse(non_blank(lines))):
    print(name, total)

def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def evens(source):
    return (x for x in source if x % 2 == 0)

print(list(take(5, evens(naturals()))))
print(list(take(3, map(str, naturals()))))
print(list(zip(take(3, naturals()), "abc")))
