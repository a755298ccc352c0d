# Mixed int/bool/float/complex arithmetic promotes to the wider type; comparisons across the tower.
vals = [True, 3, 2.5, 1 + 1j]
for a in vals:
    print([type(a + b).__name__ for b in vals], [type(a * b).__name__ for b in vals])
print(True + 1.5, 3 * (1 + 1j), 2.5 - True, (1 + 1j) / 2, 7 / True, 2 ** 0.5, 4 ** 0.5, (-4) ** 0.5)
print(1 == 1.0 == (1 + 0j) == True, 0.5 < 1 < 1.5, hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print(abs(-3), abs(-2.5), abs(3 + 4j), abs(True), type(abs(True)).__name__, -True, +False)
print(divmod(7, 2.5), divmod(True, 2), 7 % 2.5, 7.5 // 2, type(7.0 // 2).__name__, round(2.5), round(True))
print(int(2.9), int(-2.9), int(True), float(3), complex(2), bool(0.0), int("7") + float("0.5"))
print(sum([1, 2.5, True]), sum([1j, 2]), max(1, 2.5, True), min(3, 2.0), sorted([2.5, 1, True, 0.0]))
print(pow(2, 3.0), pow(2.0, 3), pow(True, 2), pow(2, True), 10 ** -1, type(10 ** 1).__name__)
