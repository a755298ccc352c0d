# send() delivers values to the paused yield; the first send must be None.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value, e.args)

def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
for value in [10, 30, 5]:
    print("average", avg.send(value))

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo finished with", received)

e = echo()
print(next(e))
print(e.send("a"))
print(e.send("b"))
e.close()
print("closed")
try:
    e.send("c")
except StopIteration as exc:
    print("StopIteration after close", exc.args)

def mixed():
    got = yield "first"
    print("got", got)
    got = yield "second"
    print("got", got)

m = mixed()
print(next(m))
print(m.send([1, 2]))
try:
    next(m)
except StopIteration:
    print("done")
