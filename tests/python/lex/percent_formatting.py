# printf-style formatting with the % operator, and %= on strings.
rows = [("widget", 3, 2.5), ("gizmo", 12, 0.125), ("thingamajig", 1, 100.0)]
for name, qty, price in rows:
    print("%-12s|%4d|%8.3f|%5.1e|%x" % (name, qty, price, price, qty))
print("%(who)s scored %(pts)d%%" % {"who": "ada", "pts": 97})
line = "progress: %d/%d"
line %= (3, 10)
print(line, "%r %a %c %o %X %+d % d" % ("é", "é", 65, 8, 255, 5, 5))
print("%5s|%-5s|%.2s" % ("ab", "cd", "efgh"), 17 % 5, -17 % 5, 17.5 % 5)
