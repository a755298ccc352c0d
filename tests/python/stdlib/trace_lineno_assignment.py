# frame.f_lineno assignment: CPython's refusals (outside a 'line' event, not an int);
# Glasspy does not perform jumps themselves (NotImplementedError), so none is made here.
import sys

def try_set(frame, value):
    try:
        frame.f_lineno = value
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "ok"

log = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target':
        if event in ('call', 'return', 'exception'):
            log.append((event, try_set(frame, frame.f_lineno)))
        elif event == 'line':
            log.append((event, try_set(frame, 'x')))
    return tracer

def target():
    a = 1
    try:
        raise KeyError
    except KeyError:
        pass
    return a

sys.settrace(tracer)
target()
sys.settrace(None)
for entry in log:
    print(*entry)
print(try_set(sys._getframe(), 3))
