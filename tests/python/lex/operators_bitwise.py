# Bitwise operators: & | ^ ~ << >> on flags and a population count.
READ, WRITE, EXEC = 1 << 2, 1 << 1, 1 << 0
mode = READ | WRITE
print(bin(mode), mode & READ != 0, mode & EXEC != 0)
print(mode ^ WRITE, ~mode, ~mode & 0b111, -1 >> 3, 1 << 40 >> 38)


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


print([popcount(n) for n in (0, 1, 7, 255, 2 ** 20 - 1)])
print(0xF0 | 0x0F, 0xFF ^ 0xAA, 0b1010 & 0b0110)
