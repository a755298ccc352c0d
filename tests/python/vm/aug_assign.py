x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x /= 2; print(x)
n = 0b1100
n &= 0b1010; print(bin(n))
n |= 0b0001; print(bin(n))
n ^= 0b1111; print(bin(n))
n <<= 3; print(n)
n >>= 2; print(n)

lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
tup = (1, 2)
alias_t = tup
tup += (3,)
print(tup, alias_t)
s = "ab"
s *= 3
print(s)

d = {"k": 1}
d["k"] += 10
print(d)
m = [[0, 0], [0, 0]]
m[1][0] -= 5
print(m)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
