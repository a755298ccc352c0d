funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make(i):
    return lambda: i
print([make(i)() for i in range(3)])

funcs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in funcs])

def counters():
    result = {}
    for name in ("a", "b"):
        count = 0
        def inc(name=name):
            nonlocal count
            count += 1
            return name, count
        result[name] = inc
    return result

c = counters()
print(c["a"](), c["b"](), c["a"](), c["b"]())

handlers = {}
for event in ("open", "close"):
    def handler(evt=event):
        return "handled " + evt
    handlers[event] = handler
print(handlers["open"](), handlers["close"]())
