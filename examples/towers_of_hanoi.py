# Towers of Hanoi: move a stack of discs from one peg to another, one disc
# at a time, never putting a larger disc on a smaller one. Moving n discs
# is: move n-1 out of the way, move the largest, move the n-1 back on top.

def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
for disc, source, target in moves:
    print(f"move disc {disc} from {source} to {target}")

# The number of moves doubles (plus one) with every disc: 2**n - 1.
for n in range(1, 11):
    count = []
    hanoi(n, "A", "C", "B", count)
    assert len(count) == 2 ** n - 1
print("moves for 1..10 discs:", [2 ** n - 1 for n in range(1, 11)])
print("64 discs, one move a second:", f"{(2 ** 64 - 1) // (3600 * 24 * 365):,} years")
