class P:
    x = 1
    y = [10, 20]
    d = {"key": "val"}
p = P()
print("{0.x} {0.y[1]} {0.d[key]}".format(p))
print("{p.x}-{p.y[0]}".format(p=p))
print("{0[0]}{0[1]}{1[a]}".format("ab", {"a": "A"}))
print("{:>{w}}|{:<{w}}|".format("r", "l", w=5))
print("{0!r:>10}|{0!s:^9}|{0!a}".format("é"))
print("{} {} {}".format(*"abc"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0}{1}{0}".format("-", "+"), "{{}} {{{0}}}".format(7))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, spec: f"<{spec}>"})()))
try:
    "{0.missing}".format(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0[key]}".format({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{:{}}".format("x")
except IndexError as e:
    print(type(e).__name__, e)
print("{0[-1]}".format({"-1": "string key"}), "{0[1]}".format({1: "int key"}))
