print(format(None), format(None, ""), f"{None!r:>6}")
try:
    format(None, ">6")
except TypeError as e:
    print(type(e).__name__, e)
print(format([1, 2]), format((1,)), format({"a": 1}))
try:
    format([1], "10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(b"x"), format(range(2)), format(1 + 2j, ">12"), format(True, "^6"), format(False))
print(format("s", "5"), format(7, "5"), format(7.0, "5"), format(7, "05"))
print(format(1j, ""), format(1.5 + 0j, ".1f"), format(complex(1, -1), "^14.2e"))
try:
    format(1j, "%")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, "=10")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, "010")
except ValueError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
print(format(IntSub(5), "03"), f"{IntSub(255):x}")
class StrSub(str):
    pass
print(format(StrSub("ab"), ">4"))
