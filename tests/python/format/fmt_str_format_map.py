class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"

print("{name} is {age}".format_map({"name": "Ann", "age": 3}))
print("{name} is {age}".format_map(Default(name="Bob")))
print("{0}".format_map({}) if False else "positional fields need format()")
try:
    "{0}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
class Attrs:
    def __getitem__(self, key):
        return key.upper()
print("{a} {bc}".format_map(Attrs()))
print("{x:>5}|{y:.2f}".format_map({"x": "r", "y": 2.5}))
print("{k[0]}".format_map({"k": [9, 8]}))
print("{!r}".format("s"), "{x!r}".format_map({"x": "t"}))
