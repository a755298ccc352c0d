# Arithmetic operators: + - * / // % ** and unary minus/plus.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a, +b, -a // b, -a % b, (-a) ** 3, -a ** 2)
print(2 ** -1, 2 ** 10 // 3, 7.5 // 2, 7.5 % 2)
print(divmod(a, b), divmod(-a, b))
x = 3
print(x*x+x/x-x//x%x**x)
