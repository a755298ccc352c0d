print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("apple" > "Apple", "é" > "z", "日" > "z", "𝄞" > "\uffff")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x"]))
print(sorted(["b", "a", "C"], key=str.lower), sorted(["ß", "s", "t", "z"]))
print("abc" == "abc", "abc" != "ABC", "a" * 3 == "aaa", "x" != None)
print(max("hello"), min("hello"), max(["aa", "b"]), min(["aa", "b"], key=len))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "abc" == b"abc")
print("straße" == "strasse", "café" == "cafe\u0301", len("café"), len("cafe\u0301"))
print(("a", 1) < ("a", 2), ["b"] > ["a", "z"])
print(ord("a"), ord("A"), ord("€"), ord("𝄞"), chr(97), chr(8364), chr(0x1D11E))
print("a".__lt__(1), "a".__eq__(1))
print(sorted(["a10", "a9", "a1"]), sorted(["é", "e", "f"]))
