samples = ["abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "abc123", "", " ", "\t\n", "a b",
           "_id", "class", "é", "Ⅻ", "x\u0301", "日本"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("\x1b".isprintable(), "\u200b".isprintable(), "\xa0".isprintable(), "\n".isprintable())
print("1abc".isidentifier(), "𝔘𝔫𝔦".isidentifier(), "a-b".isidentifier(), "ℕ".isidentifier())
print("Ⅷ".isnumeric(), "Ⅷ".isdigit(), "⑦".isdigit(), "⑦".isdecimal())
print("٣".isdecimal(), "३".isdigit(), "¼".isnumeric(), "¼".isalnum())
print("abc".isalpha(), "ab c".isalpha(), "ǅ".isalpha(), "ー".isalpha())
for s in ("if", "None", "_", "__x__", "a1", "1a", "$", "π", "x‍"):
    print(repr(s), s.isidentifier())
print(" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u3000".isspace(), "\u200b".isspace())
print("".isalpha(), "".isdigit(), "".isspace(), "".isidentifier(), "".isprintable(), "".isascii())
print("ABC".isupper(), "abc".isupper(), "ǅ".isupper(), "ß".islower(), "ᾼ".istitle())
