for v in (0, 1, 42, -42, 255, 2 ** 40):
    print(f"{v:d} {v:b} {v:o} {v:x} {v:X} {v:n} {v:c}" if 0 <= v < 0x110000 else f"{v:d} {v:b} {v:o} {v:x} {v:X} {v:n}")
print(f"{65:c}{97:c}{0x1F600:c}", f"{10:e}", f"{10:f}", f"{10:g}", f"{10:%}", f"{10:E}", f"{10:G}")
print(f"{True:d}", f"{True:x}", f"{False:b}", f"{True:f}")
for spec in ("s", "z", "y"):
    try:
        format(5, spec)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(0x110000, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(65, "+c")
except ValueError as e:
    print(type(e).__name__, e)
print(format(123), format(123, ""), format(-5, "5"), format(10 ** 30, "x"))
