# Caesar and Vigenère ciphers with str.translate tables built from comprehensions,
# and a brute-force Caesar crack scoring candidates by common letters.
import string

LOWER, UPPER = string.ascii_lowercase, string.ascii_uppercase


def caesar(text, shift):
    shift %= 26
    table = str.maketrans(LOWER + UPPER, LOWER[shift:] + LOWER[:shift] + UPPER[shift:] + UPPER[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            shift = -shift if decrypt else shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def crack(ciphertext):
    def score(candidate):
        return sum(candidate.lower().count(c) for c in "etaoin ")
    return max(((score(caesar(ciphertext, -s)), s) for s in range(26)))[1]


plain = "Attack at Dawn, meet at the old bridge!"
secret = caesar(plain, 3)
print(secret, "|", caesar(secret, -3))
print(caesar("xyz XYZ", 29))
v = vigenere(plain, "lemon")
print(v, "|", vigenere(v, "lemon", decrypt=True))
print("cracked shift:", crack(caesar(plain, 11)))
