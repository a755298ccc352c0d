# Ends in an uncaught TypeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
seen = set()

def remember(item):
    seen.add(item)
    return len(seen)

print(remember(1))
print(remember("two"))
print(remember((3, 4)))
cache = {}
cache[(1, 2)] = "tuple keys are fine"
print(cache)
print(remember([5, 6]))
