# A closing bracket with no opening one.
values = 1, 2]
