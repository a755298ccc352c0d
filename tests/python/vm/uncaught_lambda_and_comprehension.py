# Ends in an uncaught ZeroDivisionError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
data = [4, 2, 0, 5]

scale = lambda x: 100 // x

print([scale(v) for v in data[:2]])


def scaled_all(values):
    return [scale(v) for v in values]


print(sum(scaled_all([1, 2])))
print(scaled_all(data))
