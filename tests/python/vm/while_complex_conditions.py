a, b = 0, 10
while a < b and b - a > 2:
    a += 1
    b -= 1
print(a, b)

stack = [1, 2, 3, 0, 4]
while stack and stack[-1]:
    print("pop", stack.pop())
print(stack)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

i = 0
while (i := i + 1) < 5:
    if i == 2:
        continue
    print("i", i)

x = 100
while x > 1:
    x //= 3
else:
    print("ended with", x)

queue = list(range(5))
while queue:
    item = queue.pop(0)
    if item == 3:
        queue.append(99)
    print(item, end=" ")
print()
