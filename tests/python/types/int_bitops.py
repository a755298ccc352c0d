x = 0b1011_0110
print(x, bin(x), x & 0xF, x | 1, x ^ 0xFF, ~x, x << 4, x >> 3)
print(-x & 0xFF, -1 >> 10, -1 << 10, -256 >> 4, ~-1)
big = (1 << 130) | 0b101
print(big, big & 0b111, big >> 128, (big >> 128) << 128 == big - 5)
print((-big) & ((1 << 8) - 1), (-big) >> 125, ~big)
print((2 ** 70) ^ (2 ** 70 - 1), (2 ** 70) | 1, -(2 ** 70) | 1)
for n in (0, 1, 255, 256, -1, -128, 2 ** 64, -(2 ** 64)):
    print(n, n.bit_length(), n.bit_count())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -5
except ValueError as e:
    print(type(e).__name__, e)
print(1 >> 1000, -1 >> 1000, 0 << 100000)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
