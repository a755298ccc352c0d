data = [1, 4, 9, 16, 25]
if (n := len(data)) > 3:
    print("long list of", n)

values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("value", v)

print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)

def f():
    return [(last := i) for i in range(4)], last
print(f())

print((a := 10) + a)
print(a)
total = 0
print([total := total + i for i in range(5)], total)

def g(x):
    if (half := x // 2) > 2:
        return half
    return None
print(g(10), g(3))

line = "12-34"
if (dash := line.find("-")) >= 0:
    print(line[:dash], line[dash + 1:])
z = (w := 3, 4)
print(z, w)
