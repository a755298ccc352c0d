import sys

def fail():
    raise ValueError("from fail")

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    print(type(e.__traceback__).__name__)

try:
    raise KeyError("k")
except KeyError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), tb.tb_lineno)

e = ValueError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)

def frame_names():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
print(frame_names())
