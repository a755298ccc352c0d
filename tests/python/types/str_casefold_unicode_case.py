# Case mappings beyond ASCII: ß, ligatures, final sigma, title case of digraphs, dotted I.
for s in ("Straße", "ﬁne", "ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "ǆemal", "İstanbul", "ﬀ", "ŉ", "Σ", "AΣ", "AΣb", "ΣΑΣ ΣΑΣ."):
    print(s, s.lower(), s.upper(), s.casefold(), s.title(), s.swapcase(), s.capitalize())
print("ß".upper() == "SS", "straße".casefold() == "STRASSE".casefold(), len("ﬃ".upper()))
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "Ǆ".lower(), "ǆ".title())
print("hello world".title(), "they're bill's".title(), "1st 2nd".title(), "o'neil mcDONALD".capitalize())
print("ǰ".upper(), "ΐ".upper(), "ﬓ".title(), "ᾳ".upper(), "ᾳ".title())
print([c.isupper() for c in "AaΣσ1ǅ"], [c.islower() for c in "AaΣσ1ǅª"])
