# find / count / `in` on strs (and bytes) longer than the 4 Mi code points Glasspy searches at a time
# (between two checks for Stop): matches across the chunk boundaries, non-overlapping
# counts, ranges, and a 2-byte-kind str.
import random

random.seed(5)
for n in (10, (1 << 22) - 3, (1 << 22) + 5, 2 * (1 << 22) + 7):
    s = "".join(random.choice("ab") for _ in range(1000)) * (n // 1000) + "ab" * (n % 1000 // 2)
    middle = s[(1 << 22) - 2:(1 << 22) + 3]
    for sub in ("a", "ab", "aba", "bb", "abababa", "", "c", s[-7:], middle):
        print(n, repr(sub[:9]), s.count(sub), s.find(sub), s.find(sub, 5, len(s) - 3), sub in s, s.count(sub, 1 << 21))
u = "é" * (1 << 23) + "x"
print(u.count("x"), u.find("x"), "x" in u, u.count("éé"), u.count("é"), u.index("x"))

# The same through bytes and bytearray (4 MiB at a time).
s = "".join(random.choice("ab") for _ in range(1000)) * ((2 * (1 << 22) + 7) // 1000)
for data in (s.encode(), bytearray(s.encode())):
    middle = data[(1 << 22) - 2:(1 << 22) + 3]
    for sub in (b"a", b"ab", b"aba", b"bb", b"abababa", b"", b"c", data[-7:], middle, 97):
        print(type(data).__name__, data.count(sub), data.find(sub), data.find(sub, 5, len(data) - 3), sub in data, data.count(sub, 1 << 21))
