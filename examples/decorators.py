# Decorators: functions are objects, so a function can take a function and
# return a new one. `@decorator` above a def is shorthand for
# `name = decorator(name)`, applied when the def statement runs.

def traced(func):
    depth = 0

    def wrapper(*args):
        nonlocal depth
        print(f"{'  ' * depth}-> {func.__name__}{args}")
        depth += 1
        result = func(*args)
        depth -= 1
        print(f"{'  ' * depth}<- {func.__name__} = {result}")
        return result

    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper


@traced
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


gcd(84, 36)


def repeat(times):
    """A decorator factory: repeat(3) returns the decorator."""
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def greet(name):
    return f"hi {name}"


print(greet("Ada"))
print("gcd is the wrapper:", gcd.__code__.co_name)
print("the original is kept:", gcd.__wrapped__.__code__.co_name)
