# Several simple statements on one line, separated by semicolons.
a = 1; b = 2; c = a + b; print(a, b, c)
import math; print(math.gcd(12, 18));
for i in range(3): x = i * i; print(i, x)
if c > 2: print("big"); print("still big")
def swap(p, q): t = p; p = q; q = t; return p, q
print(swap(1, 2)) ; print("spaces around the semicolon")
while a < 4: a += 1; b *= 2
print(a, b);
