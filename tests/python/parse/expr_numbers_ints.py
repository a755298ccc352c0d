# Integer literals of every form: decimal, hex, octal, binary, upper and lower case
# prefixes, underscores, zero forms, and very large values with their reprs.
print(0, 00, 0_0, 7, 1_000, 1_2_3)
print(0x0, 0xff, 0XFF, 0xDead_Beef, 0x_1f)
print(0o0, 0o17, 0O777, 0o_7_7)
print(0b0, 0b1010, 0B1111_0000, 0b_1)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777777)
print(0b1111111111111111111111111111111111111111111111111111111111111111111111)
big = 99999999999999999999999999999999999999999999999999999999999999999999999999999999
print(big + 1, big * big, -big, big // 7, big % 1000003)
print(2 ** 64, 2 ** 63 - 1, -2 ** 63, 10 ** 40, 3 ** 100)
print(1_000_000_000_000_000_000, 0x_FFFF_FFFF, 9223372036854775807 + 1)
print(type(10 ** 30).__name__, (10 ** 30).bit_length(), hex(2 ** 100), oct(8 ** 20))
print(int("1" * 50) % 97, -(-5), abs(-10 ** 20))
