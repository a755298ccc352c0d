# Every %-conversion letter with flags, width and precision.
for conv in "diuoxXeEfFgGcrsa":
    for flags in ("", "#", "0", "-", "+", " ", "#08.3"):
        spec = "%" + flags + ("6" if flags not in ("#08.3",) else "") + conv
        val = 65 if conv in "c" else (42 if conv in "diuoxX" else ("s'x" if conv in "rsa" else 3.14159))
        try:
            print(repr(spec), repr(spec % val))
        except (TypeError, ValueError) as e:
            print(repr(spec), type(e).__name__, e)
print("%d %d %x %o" % (-7, True, -255, -8), "%#x %#X %#o" % (0, 0, 0), "%5.3d|%-5.3d|" % (7, 7))
print("%c%c" % ("x", 0x263A), "%.2s|%5.1s|" % ("abc", "xyz"), "%r %a" % ("é", "é"))
print("%i %u" % (3.99, -3.99), "%x" % 255, "%e" % 10 ** 20, "%.3g" % 10 ** 20, "%d" % (10 ** 25))
