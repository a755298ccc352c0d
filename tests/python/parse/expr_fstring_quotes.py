# Quote styles inside f-strings (3.11 rules: the inner quotes must differ from the
# outer ones): ' inside ", " inside ', both inside triple quotes, and raw f-strings.
d = {"key": "value", 'other': "x"}
print(f"{d['key']}")
print(f'{d["other"]}')
print(f"""{d["key"]} and {d['other']}""")
print(f'''{d["key"] + '!'}''')
print(f"{'single'} {'''triple single'''}")
print(f'{"double"} {"""triple double"""}')
print(rf"raw {d['key']}\n stays")
print(fr'raw {d["key"]}\t stays too')
print(Rf"{'R'}\d", FR"{'F'}\w")
print(F"upper F {len(d)}", f"it's", f'say "hi"')
print(f"{'{'}braces in strings{'}'}")
print(f"{'a' 'b' 'c'}", f'{"x" if d else "y"}')
