# re: many patterns (classes, groups, lookaround, repeats, anchors, flags) through findall, search, match, fullmatch, finditer, sub and split.
import re
cases = [
 (r'(\d+)-(\d+)', '10-20, 3-4 and 500-600'), (r'\s+', 'collapse   all\t\twhitespace\n here'),
 (r'a*', 'baaa'), (r'a*?b', 'aaab'), (r'(a|b)*c', 'ababc'), (r'(?:ab)+', 'xxababab'),
 (r'^\w+$', 'hello'), (r'(?m)^\w+$', 'ab\ncd\n'), (r'\bfoo\b', 'a foo b foobar'),
 (r'(?i)hello', 'HeLLo world'), (r'[a-z]+', 'ABC def GHI'), (r'[^a-z ]+', 'ABC def GHI'),
 (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'), (r'(\w)\1', 'hello aabb'),
 (r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $100 or 5'),
 (r'(?<!\$)\b\d+', 'cost $100 or 5'), (r'a.c', 'abc a\nc'), (r'(?s)a.c', 'abc a\nc'),
 (r'x{2,3}', 'xxxxxxx'), (r'x{2,3}?', 'xxxxxxx'), (r'x{2}', 'xxxxx'), (r'\d{,2}', '12345'),
 (r'(a)?b', 'b ab'), (r'(a)|(b)', 'ab'), (r'', 'abc'), (r'x*', 'axxb'), (r'\W+', 'a, b; c'),
 (r'[\d.]+', 'v1.2.3 and 4'), (r'(?x) \d+ # digits', 'a 12 b 345'), (r'\.', 'a.b.c'),
 (r'(\w+)@(\w+)\.com', 'joe@ex.com, ann@foo.com'), (r'(?:(a)|b)+', 'ab'),
 (r'((a)|b)+', 'abab'), (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
 (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'), (r'[\w\s]+', 'héllo wörld!'), (r'\d', '٣4'),
 (r'(?a)\w+', 'héllo'), (r'[^\W\d]+', 'abc123def'), (r'(?i)[a-c]+', 'xABCabcx'),
 (r'(?i)straße', 'STRASSE straße'), (r'\$\d+\.\d\d', 'Total: $12.50'),
 (r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)', 'on 2023-01-15 and 2024-12-31'),
 (r'(?>a+)b', 'aaab'), (r'a++b', 'aaab'), (r'a++a', 'aaaa'), (r'(a)?(?(1)b|c)', 'ab c'),
 (r'(<)?(\w+)(?(1)>)', '<a> b <c'), (r'\Aab', 'abab'), (r'ab\Z', 'abab'), (r'ab$', 'ab\n'),
 (r'[-a]+', 'a-a-b'), (r'[]]+', ']]x'), (r'[\]\\]+', r'\]x'), (r'\x41\u0042\103', 'ABC'),
 (r'(?i:a)b', 'Ab AB'), (r'(?-i:a)b', 'aB AB'), (r'\B\w', 'ab cd'),
]
for p, s in cases:
    r = re.compile(p)
    print(repr(p), r, r.groups, r.groupindex)
    print(' findall', r.findall(s))
    print(' search', r.search(s))
    print(' match', r.match(s), r.fullmatch(s))
    m = r.search(s)
    if m:
        print(' groups', m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.span(), m.regs)
    print(' iter', [(m.span(), m.group()) for m in r.finditer(s)])
    print(' sub', r.sub('<\\g<0>>', s), r.subn('-', s, 2))
    print(' split', r.split(s), r.split(s, 1))
