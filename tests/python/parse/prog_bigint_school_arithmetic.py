# Arbitrary-precision arithmetic on digit lists, the way it is taught at school:
# addition with carries, long multiplication, and long division by a small int;
# results checked against Python's own ints.
def digits(n):
    return [int(d) for d in reversed(str(n))]


def number(ds):
    return int("".join(map(str, reversed(ds)))) if ds else 0


def add(a, b):
    out, carry = [], 0
    for i in range(max(len(a), len(b))):
        carry, d = divmod((a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) + carry, 10)
        out.append(d)
    return out + ([carry] if carry else [])


def multiply(a, b):
    out = [0] * (len(a) + len(b))
    for i, x in enumerate(a):
        carry = 0
        for j, y in enumerate(b):
            carry, out[i + j] = divmod(out[i + j] + x * y + carry, 10)
        k = i + len(b)
        while carry:
            carry, out[k] = divmod(out[k] + carry, 10)
            k += 1
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out


def divide_small(a, d):
    quotient, rem = [], 0
    for digit in reversed(a):
        rem = rem * 10 + digit
        quotient.append(rem // d)
        rem %= d
    q = list(reversed(quotient))
    while len(q) > 1 and q[-1] == 0:
        q.pop()
    return q, rem


x, y = 98765432109876543210, 12345678901234567890123
print(number(add(digits(x), digits(y))), x + y)
print(number(multiply(digits(x), digits(y))), x * y)
q, r = divide_small(digits(x), 97)
print(number(q), r, divmod(x, 97))
factorial = [1]
for n in range(2, 31):
    factorial = multiply(factorial, digits(n))
print(number(factorial), sum(factorial))
