# Every hard keyword of Python 3.11 in one small program.
import math as m
from functools import reduce
counter = 0


def keywords_demo(values):
    global counter
    total = 0
    for v in values:
        if v is None:
            continue
        elif v < 0:
            break
        else:
            total += v
    while True:
        counter += 1
        if counter >= 2 and not False:
            break
    try:
        assert total > 0, "empty"
        result = total / len(values)
    except ZeroDivisionError as exc:
        raise ValueError("no values") from exc
    finally:
        counter += 10
    return result if result or True else None


def make_adder(step):
    acc = 0

    def add():
        nonlocal acc
        acc += step
        return acc
    return add


class Box:
    def __enter__(self):
        return "inside the box"

    def __exit__(self, *exc_info):
        return False


def gen():
    yield 1
    yield from (2, 3)


async def coro():
    await_me = None
    del await_me
    return 7


async def main():
    return await coro()


print(keywords_demo([3, None, 4, -1, 9]), counter)
add = make_adder(5); add(); print(add())
print(list(gen()), reduce(lambda a, b: a * b, [1, 2, 3, 4]), m.floor(2.5))
print(isinstance(Box(), Box) and True or False, 1 in [1] , None is None)
c = main()
try:
    c.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)
with Box() as where:
    print(where)
