# Closures and attribute access: counters and accumulators over `nonlocal` cells, composed
# lambdas, callbacks stored in objects, and particles whose attributes (plain, class-level
# and property) are read and written in a loop. Checksum: the final states.

def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def make_accumulator():
    total = 0
    calls = 0

    def add(x):
        nonlocal total, calls
        total += x
        calls += 1
        return total
    return add, lambda: (total, calls)


def compose(f, g):
    return lambda x: f(g(x))


def make_polynomial(coeffs):
    def evaluate(x):
        acc = 0
        for c in coeffs:
            acc = (acc * x + c) % 1000003
        return acc
    return evaluate


class Vector:
    scale = 3   # a class attribute, read through instances

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def manhattan(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, ident, pos, vel):
        self.ident = ident
        self.pos = pos
        self.vel = vel
        self.bounces = 0
        self.on_bounce = None

    def move(self, limit):
        pos = self.pos
        vel = self.vel
        pos.x += vel.x * vel.scale
        pos.y += vel.y
        if pos.x > limit or pos.x < -limit:
            vel.x = -vel.x
            self.bounces += 1
            if self.on_bounce is not None:
                self.on_bounce(self)
        if pos.y > limit or pos.y < -limit:
            vel.y = -vel.y
            self.bounces += 1


def simulate(rounds):
    counter = make_counter(3)
    acc, report = make_accumulator()
    step = compose(make_polynomial([3, 1, 4, 1, 5]), lambda v: v + 1)
    particles = [Particle(i, Vector(i * 7 % 23 - 11, i * 5 % 17 - 8),
                          Vector(i % 5 - 2 or 1, i % 3 - 1 or 1)) for i in range(40)]
    for p in particles:
        p.on_bounce = lambda q: acc(q.ident)
    checksum = 0
    for r in range(rounds):
        for p in particles:
            p.move(50)
        checksum = (checksum + step(r % 1000) + counter()) % 1000000007
    spread = sum(p.pos.manhattan for p in particles)
    bounces = sum(p.bounces for p in particles)
    return checksum, spread, bounces, report()


ROUNDS = 120000  # quick: 12000
checksum, spread, bounces, (total, calls) = simulate(ROUNDS)
print("closures", checksum, spread, bounces, total, calls)
