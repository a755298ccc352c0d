# A backslash inside an f-string expression (allowed only from 3.12).
print(f'{ord("\n")}')
