# Two names without an operator inside an f-string.
a = b = 1
print(f'{a b}')
