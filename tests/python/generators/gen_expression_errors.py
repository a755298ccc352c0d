# Errors in generator expressions: the first iterable fails at once, the rest lazily.
try:
    g = (x for x in 5)
except TypeError as e:
    print("eager:", e)

g = (1 // x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazy:", e)
print(next(g, "generator finished after the error"))

g = (y for x in [1] for y in x)
try:
    list(g)
except TypeError as e:
    print("inner:", e)

def gen_of_gens():
    return ((a, b) for a in range(2) for b in undefined_name)

g = gen_of_gens()
try:
    next(g)
except NameError as e:
    print("NameError:", e)
