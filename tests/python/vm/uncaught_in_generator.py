# Ends in an uncaught ValueError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")

def consume():
    total = 0
    for n in numbers():
        print("got", n)
        total += n
    return total

print("consuming")
consume()
