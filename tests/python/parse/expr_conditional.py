# Conditional expressions: simple, nested on either side (right-associative), inside
# lambdas, comprehensions, arguments, and mixed with boolean operators.
def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"


print([sign(n) for n in (-3, 0, 3)])
print((1 if True else 2) + 10, 1 if False else 2 + 10)
x = 5
label = ("small" if x < 3 else "medium") if x < 10 else "large"
print(label)
clamp = lambda v, lo=0, hi=10: lo if v < lo else hi if v > hi else v
print(clamp(-5), clamp(5), clamp(50))
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
print([i for i in range(10) if (i if i % 3 else 0)])
print(max(1, 2) if x else min(1, 2), x and "truthy" if x else "falsy")
print(not x if x > 100 else -x)
value = None
print(value if value is not None else "default", (value or "fallback"))
fmt = f"{'yes' if x else 'no'} / {x if x > 0 else -x}"
print(fmt)
print(*(("a", "b") if x else ("c",)))
