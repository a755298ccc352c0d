# A polynomial class: coefficients stored lowest degree first, arithmetic dunders,
# evaluation by __call__ with Horner's rule, __getitem__, derivative and a readable
# __str__ with superscript-free powers.
class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __getitem__(self, power):
        return self.c[power] if power < len(self.c) else 0

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly(other)
        n = max(len(self.c), len(other.c))
        return Poly(*(self[i] + other[i] for i in range(n)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-x for x in self.c))

    def __sub__(self, other):
        return self + -other

    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly(other)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result

    def __call__(self, x):
        acc = 0
        for coeff in reversed(self.c):
            acc = acc * x + coeff
        return acc

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def derivative(self):
        return Poly(*(i * self.c[i] for i in range(1, len(self.c))))

    def __str__(self):
        terms = []
        for power in range(self.degree, -1, -1):
            coeff = self.c[power]
            if coeff == 0 and self.degree > 0:
                continue
            sign = "-" if coeff < 0 else "+"
            mag = abs(coeff)
            body = {0: f"{mag}", 1: f"{'' if mag == 1 else mag}x"}.get(power, f"{'' if mag == 1 else mag}x^{power}")
            terms.append((sign, body))
        first_sign, first = terms[0]
        return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {b}" for s, b in terms[1:])


x = Poly(0, 1)
p = (x + 1) ** 3
q = 2 * x ** 2 - 3 * x + 5
print(p, "|", q, "|", p - p, "|", -q)
print(p * q, "degree", (p * q).degree)
print([p(v) for v in range(-2, 3)], q(0.5), p.derivative(), p.derivative().derivative())
print((x - 1) * (x + 1) == x ** 2 - 1, p[1], p[10])
