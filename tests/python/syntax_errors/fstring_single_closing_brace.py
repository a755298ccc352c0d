# A lone closing brace in an f-string.
print(f'a } b')
