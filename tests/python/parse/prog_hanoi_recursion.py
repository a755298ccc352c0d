# Towers of Hanoi recursively and iteratively, Ackermann for small values, and mutual
# recursion, with the move list checked by replaying it.
def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return []
    return hanoi(n - 1, src, via, dst) + [(src, dst)] + hanoi(n - 1, via, dst, src)


def replay(n, moves):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    for src, dst in moves:
        disk = pegs[src].pop()
        assert not pegs[dst] or pegs[dst][-1] > disk, "illegal move"
        pegs[dst].append(disk)
    return pegs


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


moves = hanoi(3)
print(len(moves), moves)
print(replay(3, moves))
print([len(hanoi(n)) for n in range(1, 11)])
print(replay(8, hanoi(8))["C"])
print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))
print(is_even(10), is_odd(7), is_even(99))
