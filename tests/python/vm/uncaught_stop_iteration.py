# Ends in an uncaught StopIteration: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
#
#
#
def first(iterable):
    return next(iter(iterable))

print(first([1, 2]))
print(first("abc"))
print(first(range(5, 10)))
print(first({"k": "v"}))
empty = []
print("calling first on an empty list")
print(first(empty))
