def attempt(desc, fn):
    try:
        fn()
    except Exception as e:
        print(desc, "->", type(e).__name__ + ":", e)

def too_few():
    a, b, c = [1, 2]

def too_many():
    a, b = [1, 2, 3]

def not_iterable():
    a, b = 5

def star_too_few():
    a, b, *c, d = [1, 2]

def from_str():
    a, b = "xyz"

def from_gen():
    a, b, c = (i for i in range(2))

def from_dict():
    a, b = {"k": 1}

def none_value():
    a, *b = None

def from_iter_too_many():
    a, b = iter(range(10))

for name, fn in list(globals().items()):
    if callable(fn) and name not in ("attempt",):
        attempt(name, fn)
