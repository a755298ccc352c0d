# Frame objects: sys._getframe, f_back, f_locals, f_lineno, f_code, tb_frame and gi_frame.
import sys


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def outer():
    x = 10
    inner_result = inner(x)
    return inner_result


def inner(n):
    frame = sys._getframe()
    caller = frame.f_back
    return (frame.f_code.co_name, sorted(frame.f_locals), caller.f_code.co_name,
            caller.f_locals["x"], where())


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(type(e).__name__, e)

f = sys._getframe()
print(type(f).__name__, f is sys._getframe(), f.f_globals is globals(), f.f_builtins is __builtins__.__dict__)
print(repr(f).startswith("<frame at 0x"), repr(f).endswith(", code <module>>"))


def fails(a):
    b = a * 2
    raise KeyError(b)


try:
    fails(21)
except KeyError as e:
    tb = e.__traceback__
    inner_tb = tb.tb_next
    print(tb.tb_frame is sys._getframe(), inner_tb.tb_frame.f_code.co_name)
    print(inner_tb.tb_frame.f_locals, inner_tb.tb_lineno, inner_tb.tb_frame.f_lineno)
    print(inner_tb.tb_frame.f_back is tb.tb_frame)
    inner_tb.tb_frame.clear()
    print(inner_tb.tb_frame.f_locals)
    try:
        tb.tb_frame.clear()
    except RuntimeError as err:
        print(type(err).__name__, err)


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


g = gen(3)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_back)
list(g)
print(g.gi_frame)


def locals_after_return():
    secret = "kept"
    return sys._getframe()


frame = locals_after_return()
print(frame.f_locals, frame.f_code.co_name, frame.f_back is sys._getframe())
