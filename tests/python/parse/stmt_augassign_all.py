# Every augmented assignment operator, on names, attributes and subscripts.
class Acc:
    def __init__(self):
        self.n = 100

    def __imatmul__(self, other):
        self.n = self.n * 1000 + other
        return self


n = 7
n += 5; print("+=", n)
n -= 2; print("-=", n)
n *= 3; print("*=", n)
n /= 4; print("/=", n)
n //= 2; print("//=", n)
n %= 3; print("%=", n)
m = 2
m **= 10; print("**=", m)
m >>= 3; print(">>=", m)
m <<= 2; print("<<=", m)
m &= 0b111100; print("&=", m)
m |= 0b1; print("|=", m)
m ^= 0b1111; print("^=", m)

acc = Acc()
acc @= 5
print("@=", acc.n)

obj = Acc()
obj.n += 1
obj.n *= 2
print("attr", obj.n)

counts = {"a": 1}
counts["a"] += 10
counts["b"] = counts.get("b", 0)
counts["b"] -= 1
print("item", counts)

text = "ab"
text *= 3
text += "!"
print(text)

parts = [1]
parts += (2, 3)
parts *= 2
print(parts)
