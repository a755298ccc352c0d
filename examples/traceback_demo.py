# An uncaught exception stops the program and prints a traceback on stderr:
# the chain of calls, innermost last, with ^^^ markers under the failing
# expression (new in Python 3.11).

def ratio(a, b):
    return a / b


def report(values):
    for a, b in values:
        print(f"{a}/{b} = {ratio(a, b)}")


report([(1, 2), (3, 4), (5, 0)])
print("never printed")
