name, n, pi = "Ada", 42, 3.14159
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:>5} {n:<5}| {pi:.2f} {n:#x}")
print(f"{n + 1} {n * 2} {len(name)} {name.upper()} {[i for i in range(3)]}")
print(f"{n=} {pi=:.1f} {name = } {n*2=}")
print(f"{{literal}} {{{n}}}")
print(f"{'nested ' + f'{n}'}", f"{f'{pi:.{2}f}'}")
width = 10
print(f"[{name:^{width}}] [{pi:{width}.{3}}]")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"{n if n > 40 else 0} {(lambda x: x * 2)(n)}")
print(f"""multi
line {n}""")
print(rf"raw \n {n}", fr"{name}\t")
print(f"{3.0:g} {1e10:,.0f} {-n:+} {0.25:.0%}")
x = 5
print(f"{x!r:>4}|{x!s:<4}|")
