# '#' alternate forms with zero padding, widths, signs and grouping for b/o/x/X.
for n in (0, 5, -5, 255, -255, 2 ** 40):
    print(n, format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"), format(n, "#010x"), format(n, "+#x"),
          format(n, " #o"), format(n, "#_b"), format(n, "#>12x") + "|", format(n, "#<12o") + "|", format(n, "#^12X") + "|")
print(f"{255:#=10x}|{-255:=#10x}|{255:0=#10b}|{255:*=#12_x}|")
print("%#x %#X %#o %#5x %#-8o| %#08x" % (255, 255, 8, 1, 8, 255))
