# Grouping words into anagram classes with sorted-letter keys, finding palindromes and
# pangrams, and letter-count signatures built with a 26-slot list.
WORDS = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "level",
         "rotor", "glasspy", "inlets", "stone", "tones", "notes", "onset", "dog"]


def signature(word):
    counts = [0] * 26
    for ch in word:
        counts[ord(ch) - ord("a")] += 1
    return tuple(counts)


groups = {}
for w in WORDS:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    if len(members) > 1:
        print(f"{key:<8} {members}")
print(all((signature(a) == signature(b)) == (sorted(a) == sorted(b)) for a in WORDS for b in WORDS))
print([w for w in WORDS if w == w[::-1]])
sentence = "The quick brown fox jumps over the lazy dog"
print(set("abcdefghijklmnopqrstuvwxyz") <= set(sentence.lower()), len(set(sentence.lower()) - {" "}))
