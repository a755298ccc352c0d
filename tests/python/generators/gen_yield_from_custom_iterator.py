# yield from with an iterator class: __next__, send() and StopIteration's value.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

def launch():
    result = yield from Countdown(3)
    print("countdown returned", result)

print(list(launch()))

class Echo:
    def __init__(self):
        self.last = None
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, value):
        if value == "stop":
            raise StopIteration("stopped by send")
        return "echo " + str(value)

def talk():
    r = yield from Echo()
    print("talk got", r)
    yield "bye"

t = talk()
print(next(t))
print(t.send("hi"))
print(t.send(None))
print(t.send("stop"))

class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("inside __next__")

def uses_broken():
    yield from Broken()

try:
    next(uses_broken())
except KeyError as e:
    print("propagated", repr(e))
