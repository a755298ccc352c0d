# String prefixes r u R U in all four quote styles.
samples = [
    'plain single', "plain double", '''plain triple single''', """plain triple double""",
    r'raw \n single', r"raw \t double", r'''raw \d triple single''', r"""raw \s triple double""",
    R'RAW \n single', R"RAW \t double", R'''RAW \d triple''', R"""RAW \s triple""",
    u'unicode \u00e9', u"unicode \N{BULLET}", u'''unicode triple''', u"""unicode triple double""",
    U'UNICODE \x41', U"UNICODE double", U'''UNICODE triple''', U"""UNICODE triple double""",
]
for s in samples:
    print(len(s), repr(s))
print(r'\n' == '\\n', u'x' == 'x', R"a\b" == r"a\b")
