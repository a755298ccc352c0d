x = "global"
result = [x for x in range(3)]
print(result, x)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

# list, set, dict comprehensions and generator expressions each have their own scope
i = "untouched"
lst = [i for i in range(2)]
st = {i for i in range(2)}
dct = {i: i * i for i in range(3)}
gen = list(i for i in range(2))
print(lst, sorted(st), dct, gen, i)

# the outermost iterable is evaluated in the enclosing scope
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)

# walrus in a comprehension binds in the enclosing function scope
def walrus():
    data = [3, 8, 1, 9]
    if any((big := v) > 5 for v in data):
        print("first big", big)
    [last := v for v in data]
    return last
print(walrus())

nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print([(a, b) for a in range(3) for b in range(a, 3) if a != b])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({c.lower() for c in "HeLLo"}))
