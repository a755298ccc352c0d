def read_lines():
    data = "alpha 3\nbeta 5\n# comment\ngamma 2\n\ndelta 7"
    for line in data.split("\n"):
        yield line

def non_blank(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        name, count = line.split()
        yield name, int(count)

def running_total(pairs):
    total = 0
    for name, count in pairs:
        total += count
        yield name, total

for name, total in running_total(parse(non_blank(read_lines()))):
    print(f"{name:>6} {total:3}")

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(list(window(range(6), 3)))
evens = (x for x in range(20) if x % 2 == 0)
squares = (x * x for x in evens)
print(list(squares))
