# Astral-plane characters in strings and comments 🐍🎉 (comments may hold any text).
pets = {"🐍": "snake", "🐈": "cat", "🐕": "dog"}
for emoji, name in pets.items():  # 🐾
    print(emoji, name, f"U+{ord(emoji):X}", len(emoji.encode("utf-8")))
family = "👨\u200d👩\u200d👧"   # a zero-width-joiner sequence
print(len(family), [f"{ord(c):04x}" for c in family])
flag = "🇫🇷"
print(len(flag), flag[::-1] == "🇷🇫")
