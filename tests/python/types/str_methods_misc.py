print("%".join("abc"), "ab" * 0, "ab" * -1, -2 * "x", "abc" + "def")
print(str(), str(5), str(None), str([1, "a"]), str(1.5), str(b"x"), str((1,)))
print("Hello".__len__(), "a".__contains__("a"), "abc".__getitem__(1), "ab".__add__("c"))
print("x".__mul__(3), "x".__rmul__(2), "a".__eq__("a"), "a".__lt__("b"))
print("tEsT".lower().upper(), "hello world".split()[1].capitalize())
print("a\tb".expandtabs(4).replace(" ", "."), "ab".center(6, ".").upper())
print("%s and %s" % ("x", "y"), "{} and {}".format("x", "y"))
print(len(""), len("abc"), len("日本"), len("𝄞"), len("\n\t"))
print("CamelCaseString".swapcase(), "snake_case".replace("_", " ").title().replace(" ", ""))
print("racecar" == "racecar"[::-1], "abcdef"[::-1][::2])
print(type("x" * 2).__name__, isinstance("s", str), issubclass(str, object))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m.shout(), m + "x", type(m + "x").__name__, type(m.upper()).__name__, m == "hey")
print(repr(m), str(m), type(str(m)).__name__)
