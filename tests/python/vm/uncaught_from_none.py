# Ends in an uncaught LookupError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None

table = {"a": 1}
print(lookup(table, "a"))
try:
    lookup(table, "b")
except LookupError as e:
    print("caught once:", e, e.__suppress_context__)
lookup(table, "c")
