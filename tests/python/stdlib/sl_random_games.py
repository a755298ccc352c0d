import random
rng = random.Random(7)
def roll():
    return rng.randint(1, 6) + rng.randint(1, 6)
rolls = [roll() for _ in range(20)]
print(rolls, sum(rolls))
suits = 'SHDC'
ranks = '23456789TJQKA'
deck = [r + s for s in suits for r in ranks]
rng.shuffle(deck)
print(deck[:5], len(deck))
print(rng.sample(deck, 3))
walk = [0]
for _ in range(10):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk)
class MyRandom(random.Random):
    pass
m = MyRandom(3)
print(m.random(), m.randint(1, 10), MyRandom.__mro__[1].__name__)
