parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))

s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s.strip()))

table = []
for row in range(1, 4):
    table.append(" | ".join(f"{row * col:2d}" for col in range(1, 5)))
print("\n".join(table))

text = "The quick brown fox"
print(" ".join(reversed(text.split())))
print("".join(sorted(text.lower().replace(" ", ""))))
print("-".join(w[::-1] for w in text.split()))
print("=" * 20)
lines = ["x = 1", "y = 2"]
print("\n".join(f"{i + 1:>3}: {l}" for i, l in enumerate(lines)))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
print("%s has %d chars" % (text, len(text)))
