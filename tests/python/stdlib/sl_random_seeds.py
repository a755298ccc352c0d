import random
for seed in [0, 1, 12345, -7, 2 ** 64 + 1, 3.5, 'hello', b'bytes', bytearray(b'xy')]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
r = random.Random(99)
s = random.Random(99)
print(r.random() == s.random(), r.randint(0, 10 ** 30))
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], state[0], len(state[1]))
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
