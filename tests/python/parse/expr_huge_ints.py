# Very large integers from literals and arithmetic: reprs, digit sums, and operations
# mixing huge and small values (kept under the 4300-digit str() limit).
huge_literal = 1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
print(huge_literal)
print(huge_literal * 10 ** 20 + 42)
factorial = 1
for k in range(1, 101):
    factorial *= k
print(factorial)
print(sum(int(d) for d in str(factorial)), len(str(factorial)))
print(2 ** 1000 % 10 ** 30, (2 ** 521 - 1) % 1000000007)
print(-(2 ** 200) // 3, -(2 ** 200) % 7, divmod(10 ** 50, 10 ** 25 + 1))
print(hex(3 ** 200)[:40], bin(2 ** 70 - 1).count("1"))
a = 0x123456789ABCDEF0123456789ABCDEF0123456789ABCDEF
print(a, a >> 100, a & 0xFFFF, a ^ (a >> 1), ~a)
print(1 << 300 == 2 ** 300, (10 ** 100 - 1).bit_length(), 10 ** 100 > 2 ** 332)
