# json: dumps (indent, sort_keys, separators, ensure_ascii, default, allow_nan) and loads
# (hooks, parse_*), with JSONDecodeError messages and positions.
import json

data = {"b": [1, 2.5, True, None, "h\u00e9\n\"\U0001f600"], "a": {}, 3: [], 1.5: (1,)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, sort_keys=True, indent="\t"))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("\u00e9", ensure_ascii=False), json.dumps("\x7f\x1f"))
print(json.dumps(float("inf")), json.dumps({True: 1, None: 2, False: 3}), json.dumps(set(), default=list), json.dumps(1e100))
print(json.dumps({"a": []}, indent=0), json.dumps([[]], indent=2), json.dumps({"a": 1}, separators=(",", "=")))
print(json.dumps({"k": [1, {"x": "y"}]}, indent=4, sort_keys=True))
for bad in [{1, 2}, {(1, 2): 3}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
print(json.loads('[1.5e3, -0, 1E+2, "\\ud83d\\ude00", NaN, -Infinity, true, null, {"a": {}}]'))
print(json.loads('{"a":1, "a":2}'), json.loads("[1]", parse_int=float), json.loads('{"x":1}', object_hook=lambda d: list(d.items())))
print(json.loads(b'{"bytes": "ok"}'), json.loads('  "\\t\\u0041\\/"  '), json.loads('{"p": [1, 2]}', object_pairs_hook=tuple))
for text in ["", "[1,]", '{"a":1,}', '{"a" 1}', "{1:2}", "[1 2]", '"abc', '"a\\qb"', '"\\u12g4"', '"a\x01"',
             "1 2", "tru", '{"a":}', "[", "{", "-", "01", "1.", "nul", "  \n [1,\n x]", "\ufeff[]", "[1,2", '{"a"']:
    try:
        print(repr(text), json.loads(text))
    except json.JSONDecodeError as e:
        print(repr(text), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.JSONDecodeError.__mro__[1:], issubclass(json.JSONDecodeError, ValueError))
record = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "score": 9.5, "active": True}
assert json.loads(json.dumps(record)) == record
print(json.loads(json.dumps(record, indent=2)) == record)


class Custom(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"z": 1 + 2j}, cls=Custom), Custom().encode([3j]))
