import sys

if sys.version_info >= (3, 0):
    def greet():
        return "python 3"
else:
    def greet():
        return "python 2"
print(greet())

def make(kind):
    if kind == "square":
        def f(x):
            return x * x
    elif kind == "cube":
        def f(x):
            return x ** 3
    else:
        f = None
    return f

print(make("square")(4), make("cube")(2), make("other"))

for name in ("first", "second"):
    def fn(name=name):
        return name.upper()
    globals()["fn_" + name] = fn
print(fn_first(), fn_second())

try:
    def broken():
        return undefined_symbol_q
    print("defining is fine")
    broken()
except NameError as e:
    print("calling fails:", e)
