# Every string prefix spelling of Python 3.11 (25 of them, counting none) in
# each of the four quote styles. The body {n}\x41 shows which prefixes are
# raw (the backslash stays), bytes, or formatted (the field is replaced).
n = 7
table = [
    ('', ['{n}\x41', "{n}\x41", '''{n}\x41''', """{n}\x41"""]),
    ('r', [r'{n}\x41', r"{n}\x41", r'''{n}\x41''', r"""{n}\x41"""]),
    ('u', [u'{n}\x41', u"{n}\x41", u'''{n}\x41''', u"""{n}\x41"""]),
    ('R', [R'{n}\x41', R"{n}\x41", R'''{n}\x41''', R"""{n}\x41"""]),
    ('U', [U'{n}\x41', U"{n}\x41", U'''{n}\x41''', U"""{n}\x41"""]),
    ('b', [b'{n}\x41', b"{n}\x41", b'''{n}\x41''', b"""{n}\x41"""]),
    ('B', [B'{n}\x41', B"{n}\x41", B'''{n}\x41''', B"""{n}\x41"""]),
    ('br', [br'{n}\x41', br"{n}\x41", br'''{n}\x41''', br"""{n}\x41"""]),
    ('bR', [bR'{n}\x41', bR"{n}\x41", bR'''{n}\x41''', bR"""{n}\x41"""]),
    ('Br', [Br'{n}\x41', Br"{n}\x41", Br'''{n}\x41''', Br"""{n}\x41"""]),
    ('BR', [BR'{n}\x41', BR"{n}\x41", BR'''{n}\x41''', BR"""{n}\x41"""]),
    ('rb', [rb'{n}\x41', rb"{n}\x41", rb'''{n}\x41''', rb"""{n}\x41"""]),
    ('rB', [rB'{n}\x41', rB"{n}\x41", rB'''{n}\x41''', rB"""{n}\x41"""]),
    ('Rb', [Rb'{n}\x41', Rb"{n}\x41", Rb'''{n}\x41''', Rb"""{n}\x41"""]),
    ('RB', [RB'{n}\x41', RB"{n}\x41", RB'''{n}\x41''', RB"""{n}\x41"""]),
    ('f', [f'{n}\x41', f"{n}\x41", f'''{n}\x41''', f"""{n}\x41"""]),
    ('F', [F'{n}\x41', F"{n}\x41", F'''{n}\x41''', F"""{n}\x41"""]),
    ('fr', [fr'{n}\x41', fr"{n}\x41", fr'''{n}\x41''', fr"""{n}\x41"""]),
    ('fR', [fR'{n}\x41', fR"{n}\x41", fR'''{n}\x41''', fR"""{n}\x41"""]),
    ('Fr', [Fr'{n}\x41', Fr"{n}\x41", Fr'''{n}\x41''', Fr"""{n}\x41"""]),
    ('FR', [FR'{n}\x41', FR"{n}\x41", FR'''{n}\x41''', FR"""{n}\x41"""]),
    ('rf', [rf'{n}\x41', rf"{n}\x41", rf'''{n}\x41''', rf"""{n}\x41"""]),
    ('rF', [rF'{n}\x41', rF"{n}\x41", rF'''{n}\x41''', rF"""{n}\x41"""]),
    ('Rf', [Rf'{n}\x41', Rf"{n}\x41", Rf'''{n}\x41''', Rf"""{n}\x41"""]),
    ('RF', [RF'{n}\x41', RF"{n}\x41", RF'''{n}\x41''', RF"""{n}\x41"""]),
]
for prefix, values in table:
    assert len(set(values)) == 1, prefix  # the quote style never matters
    value = values[0]
    print(f"{prefix or '(none)':<7} {type(value).__name__:<6} {value!r}")
print(len(table), "prefixes x", len(table[0][1]), "quote styles")
