def collect(*args, **kwargs):
    return args, sorted(kwargs.items())

print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, *[2, 3], *(4,), x=1, **{"y": 2}, **{"z": 3}))

def fwd(*args, **kwargs):
    return collect(*args, **kwargs)

print(fwd(9, k="v"))

args = (1, 2)
kwargs = {"c": 3}
def abc(a, b, c):
    return a * 100 + b * 10 + c
print(abc(*args, **kwargs))
print(abc(*"ab", c="c") if False else abc(*range(3)))
try:
    abc(*args, **kwargs, c=4)
except TypeError as e:
    print(e)
try:
    abc(**{"a": 1, "b": 2}, **{"a": 3, "c": 4})
except TypeError as e:
    print(e)
try:
    abc(**{1: 2})
except TypeError as e:
    print(e)
try:
    abc(*5)
except TypeError as e:
    print(e)
try:
    abc(**[1])
except TypeError as e:
    print(e)
