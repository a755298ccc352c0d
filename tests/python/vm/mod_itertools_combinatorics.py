import itertools

print(list(itertools.product("ab", [0, 1])))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.permutations("abc", 2)))
print(len(list(itertools.permutations(range(5)))))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations(range(3), 0)), list(itertools.combinations(range(2), 3)))

data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
for key, group in itertools.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabbcaa")])

def total_for(target, coins):
    count = 0
    for n in range(1, len(coins) + 1):
        for combo in itertools.combinations(coins, n):
            if sum(combo) == target:
                count += 1
    return count
print(total_for(10, [1, 2, 3, 4, 5, 6]))
print(sum(1 for _ in itertools.product(range(3), repeat=4)))
