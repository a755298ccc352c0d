# f-string conversions !s, !r and !a, with and without format specs, on strings,
# numbers, containers and objects with custom __str__/__repr__.
class Both:
    def __str__(self):
        return "str form"

    def __repr__(self):
        return "Both()"


text = "café ünïcode"
num = 3.5
obj = Both()
print(f"{text}|{text!s}|{text!r}|{text!a}")
print(f"{num}|{num!s}|{num!r}|{num!a}")
print(f"{obj}|{obj!s}|{obj!r}|{obj!a}")
print(f"{[1, 'a']!r}|{'x'!r:>6}|{text!a:.8}|{obj!s:^12}|")
print(f"{'it' + chr(39) + 's'!r} {'say' + chr(34) + 'hi'!r}")
print(f"{None!r} {True!s} {b'bytes'!r} {42!r:>5}")
newline = "\n"
print(f"{newline!r} {'tab	here'!r}")
