# f-string replacement fields hold arbitrary expressions: calls, subscripts, conditionals, lambdas, walrus.
items = {"apple": 3, "pear": 0}
name = "apple"
print(f"{items[name]} {items['pear']} {len(items)} {name.upper()} {name[::-1]} {name!r:>10}")
print(f"{'yes' if items[name] else 'no'} {(lambda x: x * 2)(21)} {(n := 10) + n} {n}")
print(f"{[x * x for x in range(4)]} {sum(v for v in items.values())} {dict(a=1)} {{literal}}")
print(f"{3 + 4 = }" if False else f"{3 + 4}", f"{7 // 2}{7 % 2}", f"{2 ** 10:,}", f"{-5:+}", f"{not True}")
w, p = 10, 3
print(f"{3.14159265:{w}.{p}f}|{'x':{'>' if w else '<'}{w}}|{name:.{p}}")
print(f"{'nested {braces}'}", f"{'{'}{'}'}", f"{'a' 'b'}", f"{1,2}", f"{(1, 2)}")
print(f"""{
    name
    .title()
}""", f"{name=}", f"{ name = }", f"{items[name]=:>4}")
x = 5
print(f"{x!r}{x:03}{x:b}{x:#o}", f"{f'{x}'}", f"{x}{x}" f"{x}", f"{'%d' % x}")
print(f"{chr(92)}", f"{ord('a')}", f"{chr(0x2022)!a}")
