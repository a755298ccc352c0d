rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 1000.0), ("Nut", 1000, 0.05)]
header = f"{'Item':<12}{'Qty':>6}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12.12}{qty:>6,}{price:>10.2f}{total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<28}{grand:>12,.2f}")
print(f"{'share':<12}" + "".join(f"{r[1] * r[2] / grand:>9.1%}" for r in rows))
print("%-12s%6s%10s" % ("left", "mid", "right"))
for i in range(1, 4):
    print("|".join(f"{i * j:^5}" for j in range(1, 6)))
print(f"{'centered title':=^40}")
