# An unknown conversion character.
x = 1
print(f'{x!z}')
