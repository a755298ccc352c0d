# sys.setprofile: call / return for Python functions, c_call / c_return around built-in
# functions and methods (bound to their object), types called are not reported.
import sys

def prof(frame, event, arg):
    if event.startswith('c_'):
        owner = getattr(arg, '__self__', None)
        owner = type(owner).__name__ if owner is not None and type(owner).__name__ != 'module' else '-'
        print(event, frame.f_code.co_name, frame.f_lineno, arg.__name__, owner)
    else:
        print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))

class C:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        return len(self.items)

def work():
    c = C()
    c.push(3)
    sorted([3, 1, 2])
    try:
        int("x")
    except ValueError:
        pass
    try:
        len(5)
    except TypeError:
        pass
    return max(1, 2)

def gen():
    yield 1

sys.setprofile(prof)
work()
list(gen())
sys.setprofile(None)
print(sys.getprofile())
