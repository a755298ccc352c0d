import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(string.punctuation)
print(len(string.printable))
print(string.capwords("hello   wide world"))

t = string.Template("$name is $age years, ${name}'s cost: $$5")
print(t.substitute(name="Ann", age=30))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print(type(e).__name__, e)

f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2))
print(list(f.parse("a{0}b{name!r:>5}c")))
