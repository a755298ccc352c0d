# A bank-queue simulation with a seeded linear congruential generator (no random
# module): arrivals, service, waiting-time statistics and a text chart.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


def simulate(tellers, customers, seed=42):
    rng = LCG(seed)
    clock, arrivals = 0, []
    for _ in range(customers):
        clock += rng.randint(0, 4)
        arrivals.append((clock, rng.randint(2, 9)))
    free_at = [0] * tellers
    waits = []
    for arrive, service in arrivals:
        teller = min(range(tellers), key=lambda t: (free_at[t], t))
        start = max(arrive, free_at[teller])
        waits.append(start - arrive)
        free_at[teller] = start + service
    return waits, max(free_at)


for tellers in (1, 2, 3):
    waits, end = simulate(tellers, 20)
    avg = sum(waits) / len(waits)
    print(f"{tellers} teller(s): average wait {avg:6.2f}, longest {max(waits):3}, done at {end}")
    print("   ", "".join("#" if w > 5 else "+" if w else "." for w in waits))
