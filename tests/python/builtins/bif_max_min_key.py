# builtins: max min key (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

words = ["apple", "fig", "banana", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len), max(*words, key=lambda w: w[-1]), min(words, key=None))
pairs = [(1, "b"), (3, "a"), (2, "c"), (3, "z")]
print(max(pairs), max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[1]))
print(max([], key=len, default="none"))
print(max([1, 3, 2], key=lambda x: -x), min([1, 3, 2], key=lambda x: -x))
calls = []
def k(x):
    calls.append(x)
    return x % 3
print(max([4, 5, 6, 7, 8], key=k), calls)
def bad(x):
    raise ValueError("key failed")
show("key raises", max, [1, 2], key=bad)
show("key on one", max, [1], key=bad)
show("key empty", max, [], key=bad)
show("key not callable", min, [1, 2], key=5)
