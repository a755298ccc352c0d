def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = accumulator()
print(g.send(None))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo finished with", received)

e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
print("closed")
try:
    e.send("c")
except StopIteration:
    print("StopIteration after close")
