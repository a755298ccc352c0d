s = "one fish two fish red fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 2), s.replace("", "-"), "abc".replace("", "|", 2))
print(s.replace("x", "y"), "aaa".replace("a", "aa"), "aaaa".replace("aa", "b"))
table = str.maketrans("abc", "xyz")
print(table)
print("aabbcc".translate(table))
t2 = str.maketrans({"a": "1", "b": None, "c": "CC"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): 48}))
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
class Upper(dict):
    def __missing__(self, key):
        return chr(key).upper()
print("custom mapping".translate({}), "abc".translate({97: 98, 98: 99}))
print("hi".translate([None] * 200 if False else {104: "H"}))
