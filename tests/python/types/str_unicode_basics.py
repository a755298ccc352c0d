s = "Ünïcödé 日本語 😀 e\u0301"
print(len(s), s.upper(), s.lower())
print([c for c in "e\u0301"], len("e\u0301"))
print([hex(ord(c)) for c in "Aé€😀"])
print("\N{GREEK SMALL LETTER ALPHA}", "\N{EURO SIGN}", "\u03b1" == "α")
print("😀".encode(), len("😀".encode()), len("😀".encode("utf-16-le")))
print(chr(0x10FFFF).encode("utf-8", "surrogatepass"), ord(chr(0x10FFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("bäaz"), "ä" > "z", "Ä".lower() == "ä")
print("ﬃ".upper(), len("ﬃ".upper()), "ŉ".upper(), "ΐ".upper())
print("Ǆ".lower(), "ǆ".title(), "ǈ".isupper(), "ǈ".islower(), "ǈ".istitle())
