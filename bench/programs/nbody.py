# Float arithmetic: a five-body gravity simulation (a star and four planets in made-up
# orbits), leapfrog-free Euler steps over lists of floats. Only +, -, *, / and sqrt, which
# IEEE 754 rounds the same everywhere, so every runtime must print the same checksum.
# Checksum: the total energy before and after, scaled to integers.
import math

SOLAR_MASS = 39.47841760435743   # 4 * pi**2: one star mass in units where G = 1
DAYS = 365.24


def make_bodies():
    # (position, velocity per day, mass as a fraction of the star's)
    specs = [
        ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        ((5.1, -0.9, -0.12), (0.0021, 0.0072, -0.00004), 0.00091),
        ((8.7, 4.3, -0.35), (-0.0031, 0.0049, 0.00002), 0.00027),
        ((12.6, -15.2, -0.21), (0.0029, 0.0023, -0.00003), 0.000041),
        ((15.4, -25.6, 0.18), (0.0027, 0.0016, -0.00009), 0.000049),
    ]
    bodies = []
    for pos, vel, mass in specs:
        bodies.append([pos[0], pos[1], pos[2],
                       vel[0] * DAYS, vel[1] * DAYS, vel[2] * DAYS,
                       mass * SOLAR_MASS])
    # Move to the centre-of-momentum frame: the star takes the others' momentum.
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    star = bodies[0]
    star[3] = -px / SOLAR_MASS
    star[4] = -py / SOLAR_MASS
    star[5] = -pz / SOLAR_MASS
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            e -= a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


STEPS = 220000  # quick: 22000
bodies = make_bodies()
print("energy before", int(energy(bodies) * 1e12))
advance(bodies, 0.01, STEPS)
print("energy after", int(energy(bodies) * 1e12))
print("star x", int(bodies[0][0] * 1e12))
