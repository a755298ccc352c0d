# NEWLINE ends a logical line; NL is a line break that does not (blank lines,
# comment lines and line breaks inside brackets).

squares = [
    n * n
    for n in range(6)
]

# A blank line follows.

pairs = {
    "a": 1,

    "b": 2,
}
print(squares)
print(pairs)
def f(a,
      b):
    return a - b


print(f(10,
        3))
