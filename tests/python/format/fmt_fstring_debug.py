a = 10
b = [1, 2]
s = "text"
print(f"{a=}")
print(f"{a = }")
print(f"{a=!s}")
print(f"{s=}")
print(f"{s=!s}")
print(f"{s=:>8}")
print(f"{a + 5 = }")
print(f"{b[0]=} {len(b)=}")
print(f"{a=:#x} {a=:08.3f}")
print(f"{3.5=}")
print(f"{s.upper()=}")
print(f"{ a = }")
print(f"{'é'=!a}")
print(f"{a*2=}{a-1=}")
print(f"{None=} {True=}")
print(f"{(a, s)=}")
