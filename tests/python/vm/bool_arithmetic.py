print(True + True + True, True * 5, True / 2, True // 2, -True, ~True, ~False)
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(True == 1, False == 0, isinstance(True, int))
print(int(True), float(False), str(True), repr(False), bool("False"))
print(["no", "yes"][True], {True: "one"}[1], (10, 20)[False])
print(max(True, 0.5), min(False, -1), abs(-True), divmod(True, 2))
print(True << 3, True ** 10, pow(False, 0))
print(f"{True}", f"{True:d}", f"{True!r}", "%d %s" % (True, False))
print(hash(True) == hash(1), True.real, True.numerator, True.bit_length())
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(1e-300))
print(not not "x", (not True) + 1)
print(sorted([True, 0, False, 1, -1]))
print(True.__class__.__name__, bool.__base__.__name__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
