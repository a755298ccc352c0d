t = str.maketrans("aeiou", "AEIOU")
print("education".translate(t), t[ord("a")], len(t))
rot13 = str.maketrans("ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
                      "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
msg = "Hello, World!"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
strip_punct = str.maketrans("", "", ",.!?;:")
print("Hi, there! How are you? Fine; thanks.".translate(strip_punct))
print(str.maketrans({"x": "yy", 122: None}), "xyz".translate(str.maketrans({"x": "yy", 122: None})))
print("abc".translate({97: None, 98: None, 99: None}), "é".translate({233: "e"}))
print(str.maketrans("ab", "cd", "e"))
try:
    str.maketrans(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({97: 5.0})
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({97: 0x110000})
except ValueError as e:
    print(type(e).__name__, e)
print("abc".translate({97: 0x1F600}), "aaa".translate({97: "bb"}))
