# Ends in an uncaught ValueError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
def validate_positive(fn):
    def wrapper(n):
        if n < 0:
            raise ValueError(f"{fn.__name__} needs a positive number, got {n}")
        return fn(n)
    return wrapper

@validate_positive
def root(n):
    return n ** 0.5

print(root(16))
print(root(2.25))
print(root(-4))
