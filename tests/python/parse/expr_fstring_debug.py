# The = specifier (3.8+): prints the expression text, whitespace included, then the
# value (repr by default, str with a format spec, or the given conversion).
x, name = 42, "ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }|{x =}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=:>6}")
print(f"{x=:#x}")
print(f"{x * 2 + 1=}")
print(f"{items[1:]=}, {len(items)=}")
print(f"{name.upper()=!r:^12}|")
print(f"{3.14159=:.2f}")
print(f"{'quoted'=}")
print(f"{x=}{name=}")
print(f"{ x = }")
