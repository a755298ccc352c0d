# Ends in an uncaught TypeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
def describe(count, unit):
    return count + " " + unit

def label(n):
    return str(n) + " items"

try:
    label(None) + 1
except TypeError as e:
    print("caught:", e)
print(label(3))
print(describe("3", "kg"))
print(describe(3, "kg"))
print("unreachable")
