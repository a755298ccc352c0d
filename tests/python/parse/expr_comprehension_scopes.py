# Comprehension scoping: the loop variable does not leak, the first iterable is
# evaluated in the enclosing scope, class bodies are skipped, and walrus binds outside.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)


class Table:
    size = 3
    rows = [list(range(size))] * 2
    cells = [r for r in range(size)]
    try:
        broken = [size * i for i in range(2)]
    except NameError as err:
        broken = f"NameError: {err}"


print(Table.rows, Table.cells, Table.broken)


def counts():
    seen = 0
    found = [seen := seen + 1 for _ in "abc"]
    return found, seen


print(counts())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

nested = [[j for j in range(i)] for i in range(4)]
print(nested)
total = sum(v for row in nested for v in row)
print(total)
