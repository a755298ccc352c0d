# // and % on floats follow the sign of the divisor; signed zeros appear in results.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1.0, 0.1), (5.0, 5.0), (-5.0, 5.0),
         (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (1e-300, 1e300), (-1e-300, 1e300), (1e300, 1e-300)]
for a, b in pairs:
    print(repr(a), repr(b), repr(a // b), repr(a % b), divmod(a, b))
inf = float("inf")
print(5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf)
print(divmod(5.0, inf), divmod(-5.0, inf))
print(inf // 1.0, inf % 1.0, divmod(inf, 2.0))
print(7 // 2.0, 7 % 2.5, -7 % 2.5, 2 ** 60 % 3.0, (2 ** 60) // 3.0)
print(repr(-0.0 % 1.0), repr(0.0 % -1.0), repr(-0.0 // 1.0))
