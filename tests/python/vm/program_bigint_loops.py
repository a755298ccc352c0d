def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)))
print(f100 % (10 ** 9 + 7), f100.bit_length())

a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000, a // 10 ** 60)

power = 1
for _ in range(200):
    power *= 3
print(power == 3 ** 200, str(power)[:20], str(power)[-20:])
print(pow(2, 521) - 1)
total = sum(i ** 5 for i in range(1, 1001))
print(total, total == (1000 ** 2 * 1001 ** 2 * (2 * 1000 ** 2 + 2 * 1000 - 1)) // 12)
print(-(2 ** 100) // 7, -(2 ** 100) % 7, divmod(10 ** 30, -12345))
