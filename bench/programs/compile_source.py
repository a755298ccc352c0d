# Parse and compile: generates a large Python module (functions with loops, branches,
# comprehensions, try/except, classes with methods, literals of every kind) and passes it
# to compile() several times, so lexing, parsing and code generation dominate. The module
# is then run once. Checksum: the source's size and what its functions compute.

def make_function(i):
    a = i % 7 + 1
    b = i % 11 + 2
    return [
        "def func_%d(x, y=%d, *args, **kwargs):" % (i, b),
        "    '''Function number %d: mixes arithmetic, branches and loops.'''" % i,
        "    total = x * %d + y - %d" % (a, i % 5),
        "    values = [v * %d for v in range(%d) if v %% %d != 0]" % (a, b + 3, a + 1),
        "    table = {'k%d': %d, 'name': \"f%d\", 'pair': (x, y), 'ratio': %d.5}" % (i, i, i, a),
        "    for index, value in enumerate(values):",
        "        if value > total and index % 2 == 0:",
        "            total += value // %d" % b,
        "        elif value == %d or (value < 3 and not args):" % a,
        "            total -= 1",
        "        else:",
        "            total = (total * %d + index) %% 100003" % (a + 2),
        "    count = 0",
        "    while count < %d and total > 0:" % (i % 4 + 1),
        "        total = total - (count << 1) ^ %d" % (i % 13),
        "        count += 1",
        "    try:",
        "        total += table['k%d'] // (x - %d)" % (i, i % 3),
        "    except ZeroDivisionError:",
        "        total += %d" % a,
        "    label = 'f' + str(len(table)) + \"-\" + ('%d' % count)",
        "    return total + len(label) + sum(kwargs.values()) + len(values[-%d:])" % (i % 3 + 1),
        "",
    ]


def make_class(i):
    return [
        "class Shape%d:" % i,
        "    sides = %d" % (i % 9 + 3),
        "    def __init__(self, size):",
        "        self.size = size",
        "        self.tags = ['s%d', 'shape', str(size)]" % i,
        "    def area(self):",
        "        return self.size * self.size * self.sides // %d" % (i % 4 + 1),
        "    def describe(self, prefix='shape'):",
        "        parts = [prefix, str(self.sides), str(self.area())]",
        "        return '-'.join(parts) + ('!' if self.size > %d else '.')" % (i % 10),
        "",
    ]


def make_source(functions):
    lines = ["# generated"]
    for i in range(functions):
        lines.extend(make_function(i))
        if i % 5 == 0:
            lines.extend(make_class(i))
    lines.append("def main():")
    lines.append("    checksum = 0")
    for i in range(functions):
        lines.append("    checksum = (checksum * 31 + func_%d(%d, %d, k=%d)) %% 1000000007" % (i, i % 17, i % 5, i % 3))
        if i % 5 == 0:
            lines.append("    checksum += len(Shape%d(%d).describe())" % (i, i % 12))
    lines.append("    return checksum")
    return "\n".join(lines) + "\n"


FUNCTIONS = 300  # quick: 60
ROUNDS = 10      # quick: 2
source = make_source(FUNCTIONS)
code = None
for _ in range(ROUNDS):
    code = compile(source, "<generated>", "exec")
namespace = {}
exec(code, namespace)
print("source", len(source), "chars", source.count("\n"), "lines")
print("main", namespace["main"]())
