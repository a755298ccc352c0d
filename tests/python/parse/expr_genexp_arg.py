# Generator expressions as the sole argument of a call without extra parentheses, as
# one of several arguments with parentheses, and passed around lazily.
values = [5, 3, 8, 1]
print(sum(v * 2 for v in values))
print(max(v for v in values if v < 8))
print(sorted((v for v in values), reverse=True))
print(list(zip((v for v in values), "abcd")))
print("-".join(str(v) for v in values))
print(any(v > 7 for v in values), all(v > 0 for v in values))
print(dict((str(v), v) for v in values))
print(tuple(c.upper() for c in "abc"))
print(min((len(w), w) for w in ["pear", "fig", "kiwi"]))


def consume(gen, limit):
    return [value for _, value in zip(range(limit), gen)]


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(consume((n * n for n in naturals()), 5))
print(sum(x * y for x in range(3) for y in range(3) if x != y))
