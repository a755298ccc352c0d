values = [3.14159, 2.71828, 1.41421]
for prec in range(4):
    print(" ".join(f"{v:.{prec}f}" for v in values))
for align in "<^>":
    print(f"[{'x':{align}5}]", "[{:{}5}]".format("y", align))
fill = "*"
print(f"{'c':{fill}^9}", f"{42:{fill}>{6}}")
spec = ".3e"
print(f"{123456:{spec}}", format(123456, spec))
w = 6
print(f"{'a':>{w}}{'b':>{w - 2}}{'c':>{w * 2}}")
print("{:{}{}{}}".format(5, "0", ">", 4))
print(f"{'deep':{'^'}{10}}")
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
widths = (8, 6, 4)
for row in table:
    print(f"{row[0]:<{widths[0]}}{row[1]:>{widths[1]}.2f}{row[2]:>{widths[2]}d}")
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
