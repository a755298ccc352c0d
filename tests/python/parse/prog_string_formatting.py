# The three formatting styles side by side: printf-style %, str.format with positions,
# names, attributes and indexes, and f-strings; plus format() and __format__.
name, score, ratio = "ada", 42, 0.8765
print("%s scored %d (%.1f%%)" % (name, score, ratio * 100))
print("%-6s|%6s|%06d|%x|%o|%e|%r" % (name, name, score, 255, 8, 12345.678, name))
print("%(who)s is %(age)d" % {"who": "bob", "age": 30}, "%c%c" % (72, "i"), "%5.1f|" % 3.14159)
print("{} {}".format(name, score), "{1} {0} {1}".format("a", "b"))
print("{who} has {n:>5}".format(who=name, n=score), "{0[1]} {1[key]}".format([1, 2], {"key": "v"}))


class P:
    x = 5


print("{p.x} {p.x!r:>3}".format(p=P()), "{:^9}|{:*<7}|{:,}".format("mid", "l", 10 ** 7))
print(f"{name!r:>8}|{score:+05d}|{ratio:.2%}|{score:b}|{-score:x}")
print(format(3.14159, ".3f"), format(255, "#06x"), format("s", ">3"), format(1e9, ",.0f"))


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __format__(self, spec):
        unit = spec[-1:] or "K"
        value = {"K": self.kelvin, "C": self.kelvin - 273.15, "F": self.kelvin * 9 / 5 - 459.67}[unit]
        return f"{value:{spec[:-1] or '.1f'}}°{unit}"


t = Temperature(300.0)
print(f"{t} {t:.2fC} {t:.0fF} {t:C} {t:>8.1fC}|", "{:.3fK}".format(t))
