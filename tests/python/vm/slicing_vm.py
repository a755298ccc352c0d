s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[::-4])
s[2:5] = ["a", "b"]
print(s)
s[:0] = [-1]
print(s)
s[len(s):] = [99]
print(s)
s[::2] = [0] * len(s[::2])
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del s[1::2]
print(s)
t = "abcdefgh"
print(t[1:-1], t[::2], t[-1::-2], t[3:3] == "")
sl = slice(1, 6, 2)
print(t[sl], s[sl], sl.indices(4))
try:
    t[::0]
except ValueError as e:
    print(type(e).__name__, e)
b = b"bytes!"
print(b[1:3], b[-1], b[::-1])
