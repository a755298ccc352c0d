# Comprehensions: compact loops that build a list, set, dict or generator.
# Each comprehension runs in its own function scope, so its loop variable
# does not leak out; a generator expression computes nothing until asked.

squares = [n * n for n in range(8)]
evens = [n for n in squares if n % 2 == 0]
print(squares)
print(evens)

words = ["apple", "banana", "cherry", "avocado", "blueberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print({len(w) for w in words})

# Nested loops read left to right, like nested for statements.
print([(x, y) for x in range(3) for y in range(x)])

# The loop variable stays inside the comprehension.
n = "outer"
total = sum([n for n in range(5)])
print(n, total)

# A generator expression is lazy: nothing runs until it is iterated.
def noisy(values):
    for v in values:
        print("  computing", v)
        yield v

lazy = (v * 10 for v in noisy([1, 2, 3]))
print("created the generator")
print("first:", next(lazy))
print("rest:", list(lazy))
