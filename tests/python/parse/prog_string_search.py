# String searching: Knuth-Morris-Pratt with its failure table, a rolling-hash
# Rabin-Karp search, and both compared with str.find over many patterns.
def failure_table(pattern):
    table, k = [0] * len(pattern), 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_all(text, pattern):
    table, k, hits = failure_table(pattern), 0, []
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


def rabin_karp_all(text, pattern, base=257, mod=1_000_000_007):
    m = len(pattern)
    if m > len(text):
        return []
    high = pow(base, m - 1, mod)
    ph = th = 0
    for i in range(m):
        ph = (ph * base + ord(pattern[i])) % mod
        th = (th * base + ord(text[i])) % mod
    hits = []
    for i in range(len(text) - m + 1):
        if ph == th and text[i:i + m] == pattern:
            hits.append(i)
        if i + m < len(text):
            th = ((th - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return hits


def find_all(text, pattern):
    hits, i = [], text.find(pattern)
    while i != -1:
        hits.append(i)
        i = text.find(pattern, i + 1)
    return hits


text = "abababcabababcababab aabaabaaa"
print(failure_table("ababcabab"), failure_table("aabaaa"))
for pattern in ("abab", "abc", "aab", "a", "zzz", "ababab "):
    k, r, f = kmp_all(text, pattern), rabin_karp_all(text, pattern), find_all(text, pattern)
    print(f"{pattern!r:10} {k} {k == r == f}")
