class Config:
    factor = 3
    values = [1, 2, 3]
    scaled = list(v * 2 for v in values)
    try:
        broken = list(v * factor for v in values)
    except NameError as e:
        broken = f"NameError: {e}"

print(Config.scaled)
print(Config.broken)

def in_function():
    factor = 5
    return list(v * factor for v in range(3))
print(in_function())

gens = [(x for _ in range(2)) for x in "ab"]
print([list(g) for g in gens])

n = 2
g = (i * n for i in range(3))
n = 10
print(list(g))
src = [1, 2]
g = (i for i in src)
src = [7, 8, 9]
print(list(g))
