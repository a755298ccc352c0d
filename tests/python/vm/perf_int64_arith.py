# Integer arithmetic around the VM's fast paths: immediates (48 bits), heap ints that fit
# in 64 bits, and past them; floor division and modulo signs; shifts; comparisons; in-place
# forms; bool and int subclasses keep their own behaviour.
edges = [0, 1, -1, 7, -7, 2**47 - 1, -2**47, 2**47, -2**47 - 1, 2**62, -2**62, 2**63 - 1,
         -2**63, 2**63, -2**63 - 1, 2**64, 1103515245, 2147483648]
results = []
for a in edges:
    for b in edges:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b]
        if b != 0:
            row += [a // b, a % b, divmod(a, b)]
        if 0 <= b < 70:
            row += [a >> b, a << b]
        results.append(row)
print(len(results), hash(str(results)) % 1000003 if False else sum(len(str(r)) for r in results))
for row in results[:40]:
    print(row)
print(results[-1])
# the LCG of the benchmarks
state = 12345
for _ in range(1000):
    state = (state * 1103515245 + 12345) % 2147483648
print(state)
x = 2**47 - 1
x += 1
print(x, type(x))
x -= 1
print(x)
y = -2**63
print(y // -1, y % -1, -y, y * -1)
print(True + 1, True * 2**62, (2**62) * True)
class MyInt(int):
    def __add__(self, other):
        return "MyInt.add"
print(MyInt(2**50) + 1, 1 + MyInt(5))
print(1.5 + 2**47, 2**60 * 0.5, 3 / 2**62, 2**62 < 1.5, 2**53 + 1 == 2.0**53)
try:
    print(2**62 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2**62 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
