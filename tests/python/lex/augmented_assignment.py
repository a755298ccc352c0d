# Every augmented assignment operator: += -= *= /= //= %= **= @= &= |= ^= >>= <<=
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __imatmul__(self, other):
        self.xs = [a * b for a, b in zip(self.xs, other.xs)]
        return self

    def __repr__(self):
        return "Vec" + repr(tuple(self.xs))


n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 7; print(n)
n **= 3; print(n)
f = 10.0
f /= 4; print(f)
bits = 0b1100
bits &= 0b1010; print(bits)
bits |= 0b0001; print(bits)
bits ^= 0b1111; print(bits)
bits <<= 3; print(bits)
bits >>= 2; print(bits)
v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6))
v @= Vec(2, 2, 2); print(v)
words = ["a"]
words += ["b", "c"]; words *= 2; print(words)
