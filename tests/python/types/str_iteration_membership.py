s = "hello world"
print([c for c in s if c in "aeiou"], list(s)[:3], tuple("ab"), set("aab") == {"a", "b"})
print("lo" in s, "low" in s, "" in s, "h" in s, s.count("o"), dict.fromkeys("abca"))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print(list(enumerate("xyz")), list(zip("ab", "cd")), list(reversed("abc")), sorted("cba"))
print(max("abz"), min("xyA"), "".join(sorted("hello", reverse=True)))
print(sum(1 for c in s if c.isalpha()), any(c.isdigit() for c in s), all(c.islower() or c == " " for c in s))
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(list(map(ord, "abc")), "".join(map(chr, [72, 105])))
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print("a" in ["a", "b"], "ab" in ["a", "b"], "x" in {"x": 1}, "😀" in "hi 😀")
print(len(list("日本語")), list("e\u0301"), [ord(c) for c in "é"])
