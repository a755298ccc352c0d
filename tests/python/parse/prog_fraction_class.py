# A rational-number class: normalisation with gcd, arithmetic with ints, ordering via
# __lt__ and __eq__, conversion dunders, and a continued-fraction expansion.
from math import gcd


class Q:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(num, den) * (-1 if den < 0 else 1)
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(value):
        return value if isinstance(value, Q) else Q(value)

    def __add__(self, o):
        o = Q.of(o)
        return Q(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        return self + -Q.of(o)

    def __rsub__(self, o):
        return Q.of(o) - self

    def __mul__(self, o):
        o = Q.of(o)
        return Q(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Q.of(o)
        return Q(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Q(-self.num, self.den)

    def __eq__(self, o):
        o = Q.of(o)
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = Q.of(o)
        return self.num * o.den < o.num * self.den

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"


def continued_fraction(q):
    terms = []
    num, den = q.num, q.den
    while den:
        whole, rem = divmod(num, den)
        terms.append(whole)
        num, den = den, rem
    return terms


half, third = Q(1, 2), Q(1, 3)
print(half + third, half - third, half * third, half / third, 1 - half, 2 * third)
print(Q(6, -8), Q(0, 5), -Q(3, 9), float(Q(22, 7)), int(Q(-7, 2)))
print(sorted([Q(2, 3), Q(1, 2), Q(5, 8), Q(-1, 4), Q(3)]), Q(2, 4) == half, half < third)
harmonic = sum(Q(1, n) for n in range(1, 11))
print(harmonic, continued_fraction(Q(415, 93)), continued_fraction(harmonic))
try:
    Q(1, 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
