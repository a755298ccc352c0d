# sys.settrace: a global tracer returning None, f_trace_lines, one-line loops (backward
# jumps), comprehensions and lambdas, opcode events, a failing tracer, bdb-style f_trace.
import sys

def show(frame, event, arg):
    print(f"{event:10} {frame.f_code.co_name:12} {frame.f_lineno}")

def tracer(frame, event, arg):
    show(frame, event, arg)
    if frame.f_code.co_name == 'quiet':
        return None
    if frame.f_code.co_name == 'no_lines':
        frame.f_trace_lines = False
    return tracer

def quiet():
    a = 1
    return a

def no_lines():
    a = 1
    b = 2
    return a + b

def one_line_loop():
    i = 0
    while i < 3: i += 1
    return i

class K:
    x = 1
    def m(self):
        return [y * 2 for y in range(2)]

def with_finally():
    try:
        return 1
    finally:
        z = 2

def rec(n):
    if n == 0:
        return 0
    return rec(n - 1) + 1

def lam():
    f = lambda q: q + 1
    return f(2)

sys.settrace(tracer)
quiet()
no_lines()
one_line_loop()
K().m()
with_finally()
rec(2)
lam()
sys.settrace(None)

def opcodes():
    x = 1
    return x

def op_tracer(frame, event, arg):
    if event == 'call':
        frame.f_trace_opcodes = True
    print(event, frame.f_lineno, frame.f_lasti)
    return op_tracer

sys.settrace(op_tracer)
opcodes()
sys.settrace(None)

def bad_tracer(frame, event, arg):
    if event == 'line':
        raise RuntimeError("tracer failed")
    return bad_tracer

def victim():
    x = 1
    return x

sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print("caught", e, sys.gettrace())

# bdb style: set f_trace on the caller and a global trace
def local(frame, event, arg):
    print("local", event, frame.f_code.co_name, frame.f_lineno)
    return local

def start():
    frame = sys._getframe().f_back
    frame.f_trace = local
    sys.settrace(local)

def main():
    start()
    a = 1
    b = 2
    sys.settrace(None)
    c = 3

main()
print(sys._getframe().f_trace)
