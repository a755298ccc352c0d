# f-strings nested inside f-strings (alternating quote styles, as 3.11 requires),
# format specs built by inner f-strings, and f-strings inside comprehensions inside
# f-strings.
name, width = "ada", 9
print(f"{f'{name}':>{width}}|")
print(f"{f'{name!r:^{width}}'}|")
print(f"""{f'''{f"{name.upper()}"}'''}""")
rows = [("x", 1.5), ("yy", 22.25)]
print(f"{', '.join(f'{k}={v:.1f}' for k, v in rows)}")
print(f"{'|'.join([f'{i:02d}' for i in range(4)])}")
print(f"{width:{f'>{width + 1}'}}|")
print(f"{'inner ' + f'{1 + 1}' + ' done'}")
template = f"{{{name}}}"
print(template, f"{template!r}", f"{f'{{}}'}")
print(f"{dict(a=f'{name}')['a']:*<6}")
