# bool is an int subclass: arithmetic yields int, bit ops on two bools yield bool.
print(True + True, True * 5, True - False, -True, ~True, ~False, True / 2, True // 2, True ** 10)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(True << 3, True >> 1, type(True << 0).__name__, abs(True), type(abs(True)).__name__)
print(int(True), float(False), str(True), repr(False), format(True), format(True, "d"), format(False, ">6"))
print(isinstance(True, int), bool.__mro__, bool.__bases__, issubclass(bool, int))
print(True == 1, False == 0, True is bool(1), bool(0.0), bool(""), bool([0]), bool(None))
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.as_integer_ratio())
print(hash(True), hash(False), {True: "a", 1: "b"}, [1, 2, 3][True])
print(divmod(True, True), pow(True, -1), True.conjugate(), type(True.conjugate()).__name__)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool("False"), bool(), bool(x=1) if False else "kw not allowed")
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(True.__and__(1), True.__or__(False), True.__xor__(1))
