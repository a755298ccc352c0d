def many(a, b, c, d, e, f, g, h, i, j, *rest, k=11, l=12, **more):
    return a + b + c + d + e + f + g + h + i + j + sum(rest) + k + l + sum(more.values())

print(many(*range(1, 11)))
print(many(*range(1, 16), k=0, l=0, m=100))
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, k=1, z=5))

def count(*args, **kwargs):
    return len(args), len(kwargs)
print(count(*range(300), **{f"k{i}": i for i in range(300)}))

def chain(n):
    return n if n == 0 else chain(n - 1) + 1
print(chain(200))

args = list(range(255))
def take255(*a):
    return len(a), a[-1]
print(take255(*args))
print(max(*range(1000)), min(*range(5, 2000)))
print(sum(map(lambda *xs: sum(xs), range(10), range(10), range(10))))
