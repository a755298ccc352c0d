# close() raises GeneratorExit at the yield: finally blocks run, and it is idempotent.
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("release")

r = resource()
print(next(r))
print(r.close())
print(r.close())
print(next(r, "exhausted"))

# Closing a generator that never started runs nothing.
unstarted = resource()
unstarted.close()
print(list(unstarted))

# Closing a finished generator does nothing.
done = resource()
print(list(done))
done.close()

def catches_exit():
    try:
        yield
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

g = catches_exit()
next(g)
g.close()

def converts_exit():
    try:
        yield
    except GeneratorExit:
        raise ValueError("converted")

g = converts_exit()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e), type(e.__context__).__name__)
