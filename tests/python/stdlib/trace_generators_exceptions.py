# sys.settrace over send/throw/close, exceptions crossing frames, with blocks,
# coroutines; sys.setprofile with c_call / c_return / c_exception.
import sys

def tracer(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    elif event == "return" and (hasattr(arg, "__next__") or hasattr(arg, "__enter__")):
        arg = type(arg).__name__
    print(f"{event:9} {frame.f_code.co_name:10} {frame.f_lineno} {arg!r}")
    return tracer

def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except KeyError:
        yield 3
    return 4

def drive():
    it = g()
    next(it)
    it.send('s')
    it.throw(KeyError('k'))
    try:
        next(it)
    except StopIteration as e:
        v = e.value
    return v

def deep2():
    raise KeyError('deep')

def deep1():
    return deep2()

def top():
    try:
        deep1()
    except KeyError:
        return 'handled'

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True

def use_with():
    with Ctx():
        1 / 0
    return 'ok'

async def coro():
    return 7

def run_coro():
    c = coro()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

def closer():
    it = g()
    next(it)
    it.close()

sys.settrace(tracer)
drive()
top()
use_with()
run_coro()
closer()
sys.settrace(None)

def p(frame, event, arg):
    print("P", event, frame.f_code.co_name, getattr(arg, '__name__', arg))

def failing():
    try:
        len(5)
    except TypeError:
        pass
    d = {}
    d.get('x')
    exec("y = 1")

sys.setprofile(p)
failing()
sys.setprofile(None)
