# Ten-pin bowling scores: rolls to frames with strikes and spares, bonus rolls in the
# tenth frame, running totals, and a printed scorecard.
def frames(rolls):
    i = 0
    for frame in range(10):
        if rolls[i] == 10:
            yield "X", 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            yield f"{rolls[i]}/", 10 + rolls[i + 2]
            i += 2
        else:
            yield f"{rolls[i]}{rolls[i + 1]}".replace("0", "-"), rolls[i] + rolls[i + 1]
            i += 2


def scorecard(rolls):
    marks, totals, running = [], [], 0
    for mark, score in frames(rolls):
        running += score
        marks.append(mark)
        totals.append(running)
    return marks, totals


games = {
    "perfect": [10] * 12,
    "all spares": [5, 5] * 10 + [5],
    "gutter": [0] * 20,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
}
for name, rolls in games.items():
    marks, totals = scorecard(rolls)
    print(f"{name:<10}|" + "|".join(f"{m:>3}" for m in marks) + "|")
    print(f"{'':<10}|" + "|".join(f"{t:>3}" for t in totals) + "|")
