# Caesar cipher: shift every letter a fixed number of places along the
# alphabet. Then break it without the key by trying all 26 shifts and
# scoring each by how English its letter frequencies look.

def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


message = "Python runs your code one bytecode instruction at a time."
secret = shift(message, 13)
print(secret)
print(shift(secret, -13))

COMMON = "etaoinshrdlu"      # the most frequent letters in English, in order


def score(text):
    letters = [ch for ch in text.lower() if ch.isalpha()]
    return sum(len(COMMON) - COMMON.index(ch) for ch in letters if ch in COMMON)


best = max(range(26), key=lambda k: score(shift(secret, -k)))
print("best key:", best)
print("decoded: ", shift(secret, -best))

counts = {}
for ch in message.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
print("most common letters:", top)
