# Decimal and power-of-two bases for multi-limb ints, both directions.
n = 1
for k in range(1, 60):
    n = n * k + k
print(n)
print(int(str(n)) == n, int(hex(n), 16) == n, int(oct(n), 0) == n, int(bin(n), 0) == n)
print(hex(n))
print(oct(-n)[:40])
print(len(bin(n)), n.bit_length())
print(int("9" * 100) + 1 == 10 ** 100, str(10 ** 100 - 1) == "9" * 100)
print(int("-" + "1" * 70), int("+0000" + "7" * 30))
print(int("z" * 20, 36), int("Z" * 20, 36) == 36 ** 20 - 1)
print(format(n, "x")[-10:], format(n, "o")[-10:], format(n, "b")[-20:])
print(str(-(2 ** 256)), repr(2 ** 256))
print(int("1_000_000_000_000_000_000_000"), int("0x_dead_beef_cafe_babe_1234", 16))
print(int(" \t 123456789012345678901234567890 \n"))
