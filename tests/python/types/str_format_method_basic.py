print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0} {0} {1}".format("r", "s"), "{{literal}} {}".format("v"))
print("{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{a.real}".format(a=3))
print("{:>5}|{:<5}|{:^5}|".format("r", "l", "c"))
print("{!r} {!s} {!a}".format("x", "y", "é"))
for bad in ("{", "}", "{0", "{!x}".replace("x", "z"), "{0[}"):
    try:
        bad.format(1)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    "{2}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{name}".format()
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print("{0.imag}".format(3j), "{:{}}".format("nested", 8) + "|")
print("{x[0]}".format(x=[9]), "{0:d}".format(True))
