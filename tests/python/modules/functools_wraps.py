# functools.wraps / update_wrapper copy the wrapped function's metadata.
from functools import wraps, update_wrapper

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)

def target():
    "target doc"

def shell():
    pass

update_wrapper(shell, target)
print(shell.__name__, shell.__doc__, shell.__qualname__)
