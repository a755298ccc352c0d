# Compound statements whose body is on the header line: if/elif/else, for, while, with,
# try/except/finally, def, class and async def.
class Quiet:
    def __enter__(self): return "ctx"
    def __exit__(self, *a): return False


def double(x): return x * 2
class Unit: pass
class Pair: first = 1; second = 2
async def later(): return "later"


n = 3
if n > 2: print("big")
elif n > 1: print("medium")
else: print("small")
for i in range(3): print("i", i)
while n: n -= 1
with Quiet() as q: print("with", q)
try: 1 / 0
except ZeroDivisionError: print("divided by zero")
finally: print("finally")
try: print("nothing raised")
except Exception: pass
else: print("else clause")
print(double(21), Unit.__name__, Pair.first + Pair.second)
coro = later()
try: coro.send(None)
except StopIteration as stop: print(stop.value)
