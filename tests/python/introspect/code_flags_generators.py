# co_flags of generators, coroutines, async generators and nested functions.
import dis

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 2

def outer():
    def nested(*a, **k):
        pass
    return nested

for f in (gen, coro, agen, outer, outer()):
    flags = f.__code__.co_flags
    print(f.__name__, flags, dis.pretty_flags(flags))
print(dis.pretty_flags(0), dis.pretty_flags(0x1000000), dis.pretty_flags(3 | 0x200000))
print(dis.COMPILER_FLAG_NAMES[32])
