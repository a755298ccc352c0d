# Attribute access on number literals needs care: 1 .real, 1..hex(), (1).x
print(1 .real, 1..hex(), 1.0.hex(), (255).bit_length())
print(0x10 .bit_length(), 1_0 .__add__(5), 2.5.is_integer(), 3.0.is_integer())
print(1e3.as_integer_ratio(), 0o17 .to_bytes(2, "big"))
print([0][0], 1 if True else 2)
