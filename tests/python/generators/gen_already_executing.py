# A running generator cannot be resumed from inside itself.
def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(next(me, "finished"))

def sends_itself():
    x = yield 1
    me2.send(x)
    yield 2

me2 = sends_itself()
next(me2)
try:
    me2.send("a")
except ValueError as e:
    print(type(e).__name__, e)

def running_flag():
    print("inside, running:", g.gi_running)
    yield

g = running_flag()
print("before, running:", g.gi_running)
next(g)
print("after, running:", g.gi_running)

def closes_itself():
    try:
        yield 1
        g2.close()
    except ValueError as e:
        print("inside:", e)
        yield "survived"

g2 = closes_itself()
next(g2)
print(next(g2))
