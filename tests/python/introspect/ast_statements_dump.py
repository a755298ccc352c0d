# Dumps of many statement kinds.
import ast

src = '''
import a.b as c
from . import d
from ..e import (f, g as h)
async def co(x=1, /, *a, y, **k) -> int:
    async with m as n, o:
        await p
    async for q in r:
        yield q
@dec
class K(Base, metaclass=M):
    z: int = 3
    global gg
try:
    raise E from F
except* G as eg:
    pass
with open(x) as (a, b):
    assert a, "msg"
while not a:
    a += 1; b **= 2
'''
print(ast.dump(ast.parse(src), indent=2))
