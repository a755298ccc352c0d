# hash() of ints is the value modulo 2**61 - 1, with -1 mapped to -2; equal numbers hash alike.
M = 2 ** 61 - 1
for n in (0, 1, -1, -2, 2 ** 61 - 2, M, M + 1, -M, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30)):
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(-0.0))
print(hash(2.0 ** 70) == hash(2 ** 70), hash(1e100) == hash(int(1e100)))
print(hash(complex(3, 0)) == hash(3), hash(1.5) == hash(complex(1.5, 0)))
print(hash(float("inf")), hash(float("-inf")))
print({1: "a", 1.0: "b", True: "c"})
print(len({0, 0.0, -0.0, False, 0j}))
print({2 ** 61 - 1: 1, 0: 2})
print((5).__hash__(), (-1).__hash__())
