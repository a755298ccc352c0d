# f-string prefixes: f F rf fr Rf fR rF Fr RF FR in all four quote styles.
n = 3
name = "glass"
samples = [
    f'{n} single', F"{n} double", f'''{n} triple single''', F"""{n} triple double""",
    rf'{name}\n raw', fr"{name}\t raw", Rf'''{name}\d''', fR"""{name}\s""",
    rF'{n + 1}\\', Fr"{n * 2}\w", RF'''{name!r}\b''', FR"""{name.upper()}\x""",
]
for s in samples:
    print(len(s), repr(s))
