# string.Formatter: parse(), get_field(), format() and a subclass that changes conversions.
import string
f = string.Formatter()
print(list(f.parse("a{0}b{name!r:>5}c{{}}d{}")))
print(f.format("{0}-{x}", 1, x=2), f.vformat("{a}{b}", (), {"a": "A", "b": "B"}))
print(f.get_field("0.real", (5,), {}), f.get_field("d[k]", (), {"d": {"k": "v"}}))
print(f.format("{:>6.2f}|{!r}", 3.14159, "s"), f.convert_field("x", "r"), f.format_field(7, "03d"))
class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Upper().format("{0!u} {0!r} {1}", "word", 2))
class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}>")
        return super().get_value(key, args, kwargs)
print(Defaults().format("{known} {unknown} {0}", "pos", known="K"))
try:
    f.format("{0!z}", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
