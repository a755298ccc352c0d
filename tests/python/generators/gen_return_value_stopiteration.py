# A generator's return value travels in StopIteration.value.
def ret(value):
    yield "only"
    return value

for value in [42, None, (1, 2), [3], "text"]:
    g = ret(value)
    next(g)
    try:
        g.send(None)
    except StopIteration as e:
        print(repr(e.value), e.args)

g = ret("via __next__")
g.__next__()
try:
    g.__next__()
except StopIteration as e:
    print("__next__:", e.value)

def immediate():
    return "right away"
    yield

try:
    immediate().send(None)
except StopIteration as e:
    print("immediate:", e.value)

# A for loop drops the value silently.
for item in ret("dropped"):
    print("item", item)
print(list(ret("also dropped")))

exc_value = StopIteration("as value")
g = ret(exc_value)
next(g)
try:
    g.send(None)
except StopIteration as e:
    print(e.value is exc_value)
