# Closing suspended generators: early close by all()/any()/next(), close() with and
# without handlers around the yield, locals' finalizers, sys.exc_info() while a closed
# generator's locals die, frame objects kept across close, yield from delegation.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, sys.exc_info()[0])


def plain(n):
    keep = Noisy("plain-local")
    for i in range(n):
        yield i


g = plain(5)
print(next(g), next(g))
g.close()
print("closed", g.gi_frame, list(g))


def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        local = Noisy("except-local")
        yield 1
        yield 2


g = in_except()
print(next(g))
print("outside", sys.exc_info()[0])
g.close()
print("after close", sys.exc_info()[0])


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs", sys.exc_info()[0])


g = with_finally()
next(g)
g.close()


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


g = catches_exit()
next(g)
g.close()


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def inner():
    x = Noisy("inner-local")
    yield 1
    yield 2


def outer():
    y = Noisy("outer-local")
    yield from inner()


g = outer()
next(g)
g.close()
print("delegating closed")

# Frame object taken before close: it keeps working afterwards.
g = plain(3)
next(g)
f = g.gi_frame
g.close()
print("frame after close", f.f_code.co_name, f.f_lineno, f.f_locals.get("i"))
del f

# Early exits from builtins consuming generator expressions.
cols = (1, 3, 5, 7)
print(all(c != 3 for c in cols), any(c == 5 for c in cols), next(c for c in cols if c > 2))
print(sum(1 for r in range(10) if all(r % d for d in range(2, r))))


def counted():
    count = 0
    try:
        while True:
            count += 1
            yield count
    finally:
        print("counted finished at", count)


for v in counted():
    if v == 3:
        break
print("loop left")

# A generator dropped while suspended is closed the same way.
def dropped():
    z = Noisy("dropped-local")
    yield 1


d = dropped()
next(d)
del d
print("end")
