# Long flat expressions: many-term sums, long boolean chains, a long comparison chain,
# a long call argument list and a long tuple, written on single lines.
total = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20
print(total)
mixed = 1 - 2 * 3 + 4 // 5 - 6 % 7 + 8 ** 2 - 9 + 10 * 11 - 12 + 13 - 14 + 15 - 16
print(mixed)
flags = [True, False, 0, 1, "", "x", None, [], [0]]
any_true = flags[0] or flags[1] or flags[2] or flags[3] or flags[4] or flags[5] or flags[6]
all_true = flags[0] and flags[3] and flags[5] and flags[8] and flags[0] and flags[3]
print(any_true, all_true)
chain = 0 < 1 <= 1 < 2 < 3 <= 3 < 4 != 5 == 5 < 6 > 2 >= 2 < 100
print(chain)
print(max(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3))
big_tuple = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21)
print(len(big_tuple), sum(big_tuple))
words = "alpha" + " " + "beta" + " " + "gamma" + " " + "delta" + " " + "epsilon"
print(words)
