# _string.formatter_parser / formatter_field_name_split (lazy iterators, CPython errors) and string.Formatter numbering rules.
import _string
for s in ["a{0}b{name!r:>5}c{{}}d{}", "", "x", "{}", "{0:{1}}", "{!r}", "{a.b[c]!s:x}", "}}{{", "{0!}", "{:}", "a{0!r", "{0:{", "{[}", "{a[}", "{0!rx}", "{0!", "a}b", "{x{", "ab{"]:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ["0.real", "d[k]", "", "a.b[0][x].c", "a..b", "a[", "a[]", "a[0]x", "12", "a.", "[0]", "1x", "99999999999999999999999", "a[99999999999999999999999]"]:
    try: 
        f, it = _string.formatter_field_name_split(s); print(repr(s), repr(f), list(it), type(it).__name__)
    except Exception as e: print(repr(s), type(e).__name__, e)
print(type(_string.formatter_parser("")).__name__, _string.__doc__)
try: _string.formatter_parser(5)
except Exception as e: print(type(e).__name__, e)
try: _string.formatter_field_name_split(5)
except Exception as e: print(type(e).__name__, e)
print(dir(_string))
import string
f = string.Formatter()
print(f.format("{0:{1}}|{:>{}}", 3.5, 8) if False else f.format("{0:{1}}|{2}", 3.5, 8, "z"))
try: f.format("{}{0}", 1)
except ValueError as e: print(e)
try: f.format("{0}{}", 1)
except ValueError as e: print(e)
print(f.format("{:{}}|{}", "a", 3, "b"))
try: f.format("{0:{0:{0}}}", 1)
except ValueError as e: print(e)
