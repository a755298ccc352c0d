# The = specifier prints the expression text and its value.
x = 10
name = "glasspy"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}", f"{x * 2 = }")
print(f"{name=!s}", f"{name=!r}", f"{name=:>10}")
print(f"{len(name)=}", f"{name.upper()[:4]=}")
pi = 3.14159
print(f"{pi=:.2f}", f"{ pi = :8.3f}|")
