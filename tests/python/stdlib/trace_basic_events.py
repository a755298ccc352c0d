# sys.settrace: call / line / return / exception events and their arguments, local trace
# functions, generators resumed (call) and suspended (return).
import sys

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    print(event, name, frame.f_lineno, repr(arg))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

def boom():
    raise ValueError("bad")

def catcher():
    try:
        boom()
    except ValueError as e:
        x = 1
    return 2

def gen(n):
    for i in range(n):
        yield i * 2

sys.settrace(tracer)
loop(2)
catcher()
list(gen(2))
sys.settrace(None)
print(sys.gettrace())
