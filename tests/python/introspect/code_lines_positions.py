# co_lines() and co_positions() of a small function.
def f(a, b=1):
    x = a + b
    for i in range(3):
        x += i
    return (x
            * 2)

print(list(f.__code__.co_lines()))
positions = list(f.__code__.co_positions())
print(len(positions) == len(f.__code__.co_code) // 2)
for p in positions[:12]:
    print(p)
print(sorted({p[0] for p in positions if p[0] is not None}))
