# Exceptions raised while consuming generator expressions and comprehensions propagate to the consumer.
def risky(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x * 10
gen = (risky(x) for x in range(5))
got = []
try:
    for v in gen:
        got.append(v)
except ValueError as e:
    print(type(e).__name__, e, got)
print(next(gen, "generator finished after the error"))
try:
    print([risky(x) for x in range(5)])
except ValueError as e:
    print("listcomp:", e)
try:
    print({x: risky(x) for x in range(5)})
except ValueError as e:
    print("dictcomp:", e)
try:
    print(sum(risky(x) for x in range(5)))
except ValueError as e:
    print("sum:", e)
try:
    print(sorted(range(5), key=risky))
except ValueError as e:
    print("sorted key:", e)
try:
    print(list(map(risky, range(5))))
except ValueError as e:
    print("map:", e)
try:
    print(any(risky(x) > 100 for x in range(5)))
except ValueError as e:
    print("any:", e)
print(any(risky(x) > 10 for x in range(5)))
