def two(a, b):
    return a + b

def tries(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

tries(two, 1)
tries(two, 1, 2, 3)
tries(two, 1, 2, b=3)
tries(two, 1, c=3)
tries(two)
tries(two, a=1, b=2)

def opt(a, b=1, *, c):
    pass

tries(opt)
tries(opt, 1, 2, 3)
tries(opt, 1)

def none():
    return "ok"

tries(none, 1)
tries(none, x=1)

class K:
    def method(self, x):
        return x

tries(K().method)
tries(K().method, 1, 2)
tries(K.method, 1)
tries(len)
tries(len, [], [])
tries(abs, x=1)
