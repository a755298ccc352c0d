# Roman numerals in both directions, checked against each other.
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
            (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
            (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, letters in NUMERALS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for here, after in zip(text, text[1:] + " "):
        v = values[here]
        total += -v if after != " " and values[after] > v else v
    return total


for year in (1987, 2024, 3999, 4, 14, 444):
    r = to_roman(year)
    print(f"{year:>5} {r:<15} {from_roman(r)}")
assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip ok")
