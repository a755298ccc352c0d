# str.index/rindex/find/rfind with start/end, negative bounds and their errors.
s = "abracadabra"
for sub in ("a", "bra", "cad", "", "z", "abracadabra!", "ra"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 4), s.rfind(sub, 0, 8), s.find(sub, -4, -1))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, -1), s.index("", 11), s.find("", 12))
for args in (("z",), ("a", 11), ("bra", 2, 4), ("", 12)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print("index", args, type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("rindex", args, type(e).__name__, e)
for bad in (None, 1, b"a"):
    try:
        s.find(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(s.find("a", None, None), s.find("a", -100), s.rfind("a", None, -100), s.count("a", 3, None))
try:
    s.find("a", "1")
except TypeError as e:
    print(type(e).__name__, e)
print("".find(""), "".rfind(""), "".count(""), "abc".count(""), "aaaa".count("aa"))
print("héllo wörld".find("ö"), "日本語日本".rfind("日本"), "𝒳y𝒳".index("y"))
