# Format specs in f-strings, including nested replacement fields.
import math
rows = [("pi", math.pi), ("e", math.e), ("big", 1234567.891), ("neg", -0.5)]
for label, value in rows:
    print(f"{label:<5}|{value:>12.4f}|{value:+.2e}|{value:,.1f}|{value:.3%}")
for width in (6, 10):
    for precision in (1, 3):
        print(f"[{math.pi:{width}.{precision}f}]", end=" ")
    print()
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:08b} {n:_b} {n:,}")
print(f"{'centre':*^20}", f"{'left':-<10}", f"{'right':>10}")
fill, align = "=", "^"
print(f"{'dyn':{fill}{align}{9}}", f"{42:{'>'}{5}}")
print(f"{12:=+6}", f"{-12:=6}", f"{3.0:g}", f"{1e20:g}", f"{0.0001:G}")
