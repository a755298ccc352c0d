s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 5, 10), s.find("dog"))
print(s.rfind("the"), s.rfind("the", 0, 20), s.index("cat"), s.rindex("at"))
print(s.count("at"), s.count("the", 10), s.count(""), "".count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.startswith("cat", 4), s.endswith("hat"))
print(s.endswith(("x", "at"), 0, 7), s.startswith(""), "".endswith(""))
print("cat" in s, "dog" not in s, "" in s, "" in "")
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("t", -5), s.find("t", -100, -30), s.count("t", -10, -1))
print("abc".find("c", 10), "abc".find("", 3), "abc".find("", 4))
print("ab\u00e9cd".find("\u00e9"), "日本語テキスト".find("テ"), "𝄞x𝄞".rfind("𝄞"))
