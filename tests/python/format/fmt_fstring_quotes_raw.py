# f-strings with each quote style, triple quotes, raw prefixes, and concatenation with plain strings.
name = "Ada"
items = ["x", "y"]
print(f'{name}', f"{name}", f'''{name}''', f"""{name}""", F"{name}", fR"\n{name}", Rf"{name}\t", rf'{name!r}\d')
print(f"{'single inside double'}", f'{"double inside single"}', f"""{'''triple'''}""" if False else f'''{"mix"}''')
print(f"{items[0]}{items[-1]}" "plain" f"{len(items)}", "a" f"b{1}" "c")
print(f"""multi
line {name}
end""")
print(f"{name!r:>10}|{name:^{len(name) + 4}}|{'%s' % name}|{name * 2}")
print(f"{{{name}}}", f"{{name}}", f"{{{{}}}}", f"{{}}{name}{{}}")
print(f"{3.14159:.{2}f}", f"{'abc':{'<'}{6}}|", f"{10:{'#'}x}")
print(rf"\{name}\\", f"\\{name}", f"\x41{name}\u00e9", f"\N{GREEK SMALL LETTER ALPHA}{name}")
