# Expressions that mix many precedence levels without parentheses, next to the
# explicitly parenthesised reading Python uses, to show they agree.
a, b, c, d = 2, 3, 4, 5
pairs = [
    (a + b * c ** 2 // d % 3 - -a, a + (((b * (c ** 2)) // d) % 3) - (-a)),
    (a < b == b != c, (a < b) and (b == b) and (b != c)),
    (not a < b or c and d, (not (a < b)) or (c and d)),
    (a if b else c if d else a, a if b else (c if d else a)),
    (a | b ^ c & d << 1, a | (b ^ (c & (d << 1)))),
    (-a ** -b, -(a ** (-b))),
    (~a + b * -c, (~a) + (b * (-c))),
    (a * b + c * d - a / b, ((a * b) + (c * d)) - (a / b)),
    (a in [2] == True, (a in [2]) and ([2] == True)),
    (not a is b, not (a is b)),
    (lambda: a + b if c else d)() if a else 0,
    (a + b > c and c + d > a or not d, ((a + b) > c and (c + d) > a) or (not d)),
]
for left, right in pairs[:-2]:
    print(left, right, left == right)
print(pairs[-2], pairs[-1])
x = a ** 2 * 3 + 4 >> 1 & 0xFF | 1 ^ 2
print(x, ((((a ** 2) * 3) + 4) >> 1) & 0xFF | (1 ^ 2))
y = b - a - 1 - -1 - +1
print(y, (((b - a) - 1) - (-1)) - (+1))
