# An empty replacement field.
name = 'x'
print(f'hello {}')
