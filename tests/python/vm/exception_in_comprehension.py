def safe_div(values, d):
    try:
        return [v / d for v in values]
    except ZeroDivisionError as e:
        return f"{type(e).__name__}: {e}"

print(safe_div([1, 2], 2))
print(safe_div([1, 2], 0))

def parse_all(texts):
    out = []
    for t in texts:
        try:
            out.append(int(t))
        except ValueError:
            out.append(None)
    return out
print(parse_all(["1", "a", "3"]))

try:
    {k: 1 / k for k in [1, 0]}
except ZeroDivisionError as e:
    print("dict comprehension:", e)
try:
    sum(1 / x for x in [1, 2, 0])
except ZeroDivisionError as e:
    print("generator expression:", e)
try:
    [y for y in undefined_iterable_q]
except NameError as e:
    print(type(e).__name__, e)
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("generator is finished after raising:", next(g, "exhausted"))
