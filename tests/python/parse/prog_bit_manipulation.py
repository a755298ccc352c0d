# Bit tricks: popcount three ways, powers of two, lowest set bit, bit reversal, Gray
# codes, subsets enumerated with bitmasks, and XOR swapping.
def popcount_loop(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


for n in (0, 1, 7, 8, 255, 1023, 2 ** 40 + 5):
    print(f"{n:>14} pop={popcount_loop(n):2} {bin(n).count('1'):2} {n.bit_count():2}"
          f" pow2={n > 0 and n & (n - 1) == 0!s:5} low={n & -n}")
print([f"{reverse_bits(n):08b}" for n in (1, 6, 0b10110000)])
gray = [i ^ (i >> 1) for i in range(8)]
print([f"{g:03b}" for g in gray], all(popcount_loop(a ^ b) == 1 for a, b in zip(gray, gray[1:])))
items = ["a", "b", "c"]
print([[items[i] for i in range(3) if mask >> i & 1] for mask in range(1 << 3)])
x, y = 12, 34
x ^= y
y ^= x
x ^= y
print(x, y, ~x & 0xFF, -x >> 1, (1 << 64) - 1 == 2 ** 64 - 1)
