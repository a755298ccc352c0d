# re: Pattern and Match objects (attributes, reprs), flags, templates, escape, bytes
# patterns, and re.error's messages and positions.
import re

m = re.match(r"(?P<word>\w+) (?P<num>\d+)?", "hello 42 rest")
print(m, m.group(), m.group(1, 2), m["word"], m.group("num"), m.groups(), m.groupdict())
print(m.start(), m.end(), m.span("num"), m.start(2), m.regs, m.lastindex, m.lastgroup)
print(m.expand(r"\g<num>:\1"), m.re, m.string, m.pos, m.endpos, bool(m))
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.span(2), m.start(2), m.end(2), m.group(2))
for bad in [3, "nope", -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
p = re.compile(r"\d+", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, p == re.compile(r"\d+", re.I | re.M))
print(re.compile("x"), re.compile("(?i)x"), re.compile(b"x", re.I), re.compile("a" * 300).__repr__()[-5:])
print(repr(re.I), str(re.M), re.I | re.S | re.X, int(re.A), re.NOFLAG, re.I.value, re.U.name)
print(p.search("ab 12 cd 345").group(), p.search("ab 12", 4), p.match("12ab", 0, 1), p.findall("1 22 333", 2))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<k>\w)=(?P<v>\w)", r"\g<v>=\g<k>", "a=1 b=2"), re.subn("o", "0", "foo boo", 3))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub("a", r"\n\t\\", "xa"))
print(re.split(r"[,;]\s*", "a, b;c,   d"), re.split(r"(\d)", "a1b2c"), re.split("x", "axbxc", maxsplit=1))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"\w+", "héllo wörld"), re.findall(r"(?a)\w+", "héllo"))
print([m.span() for m in re.finditer(r"\b\w", "ab cd  ef")], re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.escape("1.5*[x]+(y)? ^$ a_b"), re.escape(b"a.b"), re.purge())
print(re.findall(rb"\d+", b"a12b345"), re.sub(rb"a", b"X", b"banana"), re.match(rb"(b)(a)", b"ba").groups())
for bad in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.compile(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for pat in ["(", ")", "*", "a**", "[a", r"\q", "\\", "a{3,2}", "(?P<1>x)", "(?P<a>x)(?P<a>y)",
            "(?P=b)", r"\2", "(?<=a+)", "[z-a]", "(?z)", "a(?i)b", "(?P", r"(a)\2", r"(a\1)",
            r"\x1", "a\n(b", "(?#abc", r"[\A]", "(?P<a", r"(?(1)a|b|c)", "(?-x)", r"[\d-z]"]:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
for repl in [r"\3", r"\g<x>", r"\g<1", r"\q", r"\g<-1>", "\\"]:
    try:
        re.sub("(a)", repl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.error.__module__, re.Pattern, re.Match, type(p) is re.Pattern, isinstance(m, re.Match))
print(re.compile(r"""
    (\d{3})   # area
    [-.\s]?   # separator
    (\d{4})   # number
""", re.VERBOSE).findall("call 555-1234 or 555 9876"))
print(re.sub(r"^", "> ", "one\ntwo", flags=re.M), re.findall(r"^\w", "ab\ncd", re.M), re.search(r"c$", "abc\n"))
print(re.match(r"(?s).+", "a\nb").group(), re.match(r".+", "a\nb").group(), re.findall("(?i)[A-Z]", "aBc"))
words = "the quick brown fox jumps over the lazy dog " * 50
print(len(re.findall(r"\b\w{5}\b", words)), len(re.sub(r"\s+", "_", words)), re.search(r"(\w+) dog $", words).group(1))
