# The Collatz sequence: lengths with a memo dict, the longest chain below a bound, a
# generator of the sequence, and peak values.
lengths = {1: 1}


def collatz_length(n):
    path = []
    while n not in lengths:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = lengths[n]
    for m in reversed(path):
        length += 1
        lengths[m] = length
    return length


def sequence(n):
    while True:
        yield n
        if n == 1:
            return
        n = 3 * n + 1 if n & 1 else n >> 1


print(list(sequence(27))[:12], len(list(sequence(27))), max(sequence(27)))
best = max(range(1, 10000), key=collatz_length)
print(best, collatz_length(best))
print([collatz_length(n) for n in range(1, 16)])
print(sum(1 for n in range(1, 1000) if collatz_length(n) > 100))
