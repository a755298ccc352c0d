def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2

print(level1(1)(10)(100)(1000))

def make_stack():
    items = []
    def push(x):
        items.append(x)
        return size()
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size

push, pop, size = make_stack()
push("a"); push("b")
print(size(), pop(), size())

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(str, abs, lambda x: x - 10)(3))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print(tri(50), len(tri.cache))
