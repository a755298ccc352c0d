# Integer literals in other bases: hex, octal and binary, any case, underscores.
print(0x10, 0XFF, 0xdead_beef, 0x_1F)
print(0o17, 0O777, 0o_7_7)
print(0b1010, 0B1111_0000, 0b_1)
print(hex(255), oct(8), bin(5))
flags = 0b_0001 | 0b_0100 | 0x_80
print(flags, f"{flags:#x} {flags:#o} {flags:#b}")
print(0x7fffffffffffffff + 1, 0xFFFF_FFFF_FFFF_FFFF_FFFF)
print(int("ff", 16), int("0o17", 0), int("1_0", 2))
