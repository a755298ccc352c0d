# Ends in an uncaught ZeroDivisionError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
def bucket(value, size):
    return value % size

def distribute(values, sizes):
    out = []
    for v, s in zip(values, sizes):
        out.append(bucket(v, s))
    return out

print(distribute([10, 11, 12], [3, 4, 5]))
print(distribute([7], [2]))
print(distribute([10, 20], [3, 0]))
print("not reached")
