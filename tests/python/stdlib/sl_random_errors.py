import random
r = random.Random(1)
tests = [
    lambda: r.randrange(0),
    lambda: r.randrange(5, 2),
    lambda: r.randrange(1, 10, 0),
    lambda: r.randrange(10, step=2),
    lambda: r.randint(5, 1),
    lambda: r.choice([]),
    lambda: r.sample([1, 2], 3),
    lambda: r.sample({1, 2}, 1),
    lambda: r.choices([1, 2], [1], k=2),
    lambda: r.getrandbits(-1),
    lambda: r.choices([1, 2], cum_weights=[1, 2], weights=[1, 1]),
    lambda: r.choices([1, 2], weights=[0, 0]),
    lambda: r.shuffle((1, 2)),
    lambda: r.gammavariate(-1, 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
