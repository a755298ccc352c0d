# Shift and bitwise operators on ints (including negative and big ones), booleans and
# sets, with their relative precedences.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100, 5 << 0, 1 << 100 >> 98)
print(a & b | 1, a & (b | 1), a | b & 1, a ^ b | a, 1 << 2 + 1, (1 << 2) + 1)
print(True & False, True | False, True ^ True, ~True, ~False)
print({1, 2, 3} & {2, 3, 4}, {1} | {2}, {1, 2} ^ {2, 3})
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ)
flags ^= EXEC
flags <<= 3
flags >>= 1
print(flags, -(2 ** 70) >> 60, (2 ** 70 - 1) & 0xFF, 0xF0 ^ -1)
