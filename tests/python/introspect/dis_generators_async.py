# Disassembly of generators, coroutines and generator objects.
import dis

def gen(n):
    for i in range(n):
        yield i * 2
    return 'end'

def delegate():
    yield from gen(3)

async def coro(x):
    return await x

dis.dis(gen)
dis.dis(delegate)
dis.dis(gen(2))
dis.dis(coro)
