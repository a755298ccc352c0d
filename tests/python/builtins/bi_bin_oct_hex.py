for n in (0, 1, -1, 10, 255, -255, 2 ** 64, -(2 ** 64)):
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()), bin(True))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(-37), 2), int(oct(100), 8), int(hex(4096), 16), int(hex(-1), 0))
print(hex(255).upper(), format(255, "x"), f"{255:#x}", (255).to_bytes(1, "big").hex())
print(bin(2 ** 100)[:12], oct(8 ** 20), hex(16 ** 15 - 1), len(bin(2 ** 1000)))
print(eval(bin(5)), eval(oct(64)), eval(hex(255)))
