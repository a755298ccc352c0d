# A generator that yields again after GeneratorExit makes close() raise RuntimeError.
def stubborn():
    tries = 0
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            tries += 1
            print("ignoring GeneratorExit", tries)
            if tries > 1:
                return

s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(s.gi_suspended)
print(next(s))
print("second close ->", s.close())

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returning instead")
        return "ignored value"

g = returns_on_exit()
next(g)
print("close ->", g.close())

def stop_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("odd")

g = stop_on_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
