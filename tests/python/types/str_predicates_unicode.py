# is* predicates on Unicode digits, numerics, decimals, identifiers and printables.
samples = ["123", "١٢٣", "²", "½", "Ⅻ", "一", "abc", "ABC", "a1", "", " ", "\t\n", "\u00a0", "\u2028", "_x", "1x",
           "x\u0301", "é", "λ", "print", "None", "\x7f", "é", "\U0001d7d8", "ÿ", "ⓐ"]
for s in samples:
    print(ascii(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
print(int("١٢٣"), float("²") if False else "no", [int(c) for c in "٠١٢٣٤٥٦٧٨٩"])
for s in ("²", "½", "Ⅻ"):
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
