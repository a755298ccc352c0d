import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
too_big = 10 ** 4300
try:
    str(too_big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(too_big)) > 0, int("1" * 4300) % 10)
sys.set_int_max_str_digits(5000)
print(len(str(too_big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    repr(10 ** 700)
except ValueError as e:
    print(type(e).__name__, e)
print(int("f" * 1000, 16) > 0)
