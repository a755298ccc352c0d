s = "abc"
t = s
s += "d"
print(s, t, s is t)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
u = s.upper()
print(s, u)
parts = list(s)
parts[0] = "z"
print("".join(parts), s)
print(hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]))
print(s.replace("a", "a") == s, s[:] == s, str(s) == s)
print(s * 1 == s, s + "" == s)
print(type(s).__name__, s.__class__ is str)
