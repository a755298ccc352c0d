# partition/rpartition, removeprefix/removesuffix, startswith/endswith with tuples and ranges.
for s in ("key=value=more", "novalue", "=lead", "trail=", ""):
    print(repr(s), s.partition("="), s.rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
print("unittest".removeprefix("unit"), "unittest".removeprefix("test"), "unittest".removesuffix("test"), "x".removesuffix(""))
f = "report_2023.csv"
print(f.startswith("report"), f.startswith(("data", "rep")), f.endswith((".txt", ".csv")), f.endswith(".csv", 0, 10))
print(f.startswith("2023", 7), f.startswith("2023", 7, 10), f.endswith("", 100), f.startswith("", 15), f.startswith("", 16))
print(f.startswith(()), "".startswith(""), "".endswith(("", "x")), f.startswith("port", -13))
for bad in (["rep"], 1, ("a", 1)):
    try:
        f.startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f.endswith(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".removeprefix(1)
except TypeError as e:
    print(type(e).__name__, e)
