# bool formats like int as soon as the spec is non-empty; None rejects any spec.
print(format(True), format(True, ""), format(True, "d"), format(True, ">5"), format(False, "<5") + "|", format(True, "^7"))
print(f"{True:5}|{False:x}|{True:.2f}|{True:%}|{True:b}|{True:c}|{True!s:>6}|{True!r:^8}|")
print("%s %d %r %5s %f" % (True, True, False, False, True), "{} {:d}".format(False, False))
try:
    format(None, ">4")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{None}", f"{None!r:>6}", f"{None!s:*<6}", "%s|%r" % (None, None))
print(format(1 == 1), str(1 < 0), f"{1 in [1]}", f"{bool([]):>6}", f"{isinstance(True, int)=}")
