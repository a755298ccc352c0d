s = "Hello, World!"
print(s[0], s[-1], s[7:12], s[:5], s[7:], s[-6:-1], s[::2], s[::-1], s[1::3], s[-1:-8:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]), s[:], s[:] is s or True)
try:
    s[13]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
u = "日本語テキスト𝄞"
print(u[0], u[-1], u[2:4], u[::-1], len(u))
print(s[slice(2, 9, 3)], s[slice(None, None, -4)])
class Idx:
    def __index__(self):
        return 4
print(s[Idx()], s[Idx():], "abc"[True])
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
