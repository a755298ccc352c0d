for v in (0, 999, 1000, 1234567, -1234567, 10 ** 20):
    print(f"{v:,} {v:_} {v:_x} {v:_b} {v:_o} {v:,d}")
for v in (1234567.891, -0.5, 1e20, 123.0):
    print(f"{v:,} {v:,.2f} {v:_.3f} {v:,.0f} {v:,e}")
print(f"{1234567:>15,}", f"{1234567:015,}", f"{1234567:^15_}", f"{-1234:010,}")
print(f"{0xABCDEF:_X}", f"{2**32:#_x}", f"{255:#_b}")
try:
    format(1234, ",_")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1234, "_,")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(255, ",x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", ",")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{1234.5:,g}", f"{1234567.0:,g}", f"{12345678:,.3e}", f"{1j * 1234567:,}")
