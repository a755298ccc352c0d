# Format specs nested three levels deep.
x = 1
print(f'{x:{x:{x}}}')
