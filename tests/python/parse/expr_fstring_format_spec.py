# f-string format specs: fill, align, sign, width, grouping, precision, types, and
# nested replacement fields inside the spec ({x:{w}.{p}f}, {x:{fill}{align}{w}}).
pi = 3.14159265
n = 1234567
for width, precision in ((10, 2), (12, 4)):
    print(f"[{pi:{width}.{precision}f}] [{pi:<{width}.{precision}}] [{n:>{width},}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{11}}] [{'left':-<8}] [{'right':_>8}]")
print(f"{n:_} {n:,} {n:x} {n:#X} {n:o} {n:#b} {n:e} {n:.3e} {n:+d} {-n: d}")
print(f"{0.25:%} {0.25:.1%} {1/3:.3} {2.5:g} {1e20:g} {1e-7:G} {12.0:#g}")
print(f"{42:08d} {-42:08d} {42:=+8d} {3.5:010.3f} {'x':3}|{7:3}|")
spec = ".2f"
print(f"{pi:{spec}} {pi:{'.' + str(3) + 'f'}} {pi:{spec!s}}")
print(f"{'nested':{'>' if True else '<'}{10 + 2}}|")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in items:
    print(f"{name:<8}|{price:>6.2f}|{qty:>4d}|{price * qty:>8.3f}")
print(f"{n!r:>12}|{pi!s:.4}|")
print(f"{{literal braces}} {{{n}}} {'}'} {'{'}")
